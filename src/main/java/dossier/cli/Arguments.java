package dossier.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A command's arguments: {@code --flag value} options, {@code --switch} booleans and the rest as
 * positional values. Anything unknown is a {@link UsageException}, never ignored.
 */
final class Arguments {

    private final Map<String, String> options = new HashMap<>();
    private final List<String> switches = new ArrayList<>();
    private final List<String> positional = new ArrayList<>();

    private Arguments() {
    }

    static Arguments parse(List<String> args, Set<String> valued, Set<String> booleans) {
        var parsed = new Arguments();
        for (int i = 0; i < args.size(); i++) {
            var arg = args.get(i);
            if (!arg.startsWith("--")) {
                parsed.positional.add(arg);
                continue;
            }
            var name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            if (valued.contains(name)) {
                String value;
                if (arg.contains("=")) {
                    value = arg.substring(arg.indexOf('=') + 1);
                } else if (i + 1 < args.size()) {
                    value = args.get(++i);
                } else {
                    throw new UsageException(name + " needs a value");
                }
                parsed.options.put(name, value);
            } else if (booleans.contains(name) && !arg.contains("=")) {
                parsed.switches.add(name);
            } else {
                throw new UsageException("unknown option " + arg);
            }
        }
        return parsed;
    }

    Optional<String> option(String name) {
        return Optional.ofNullable(options.get(name));
    }

    boolean has(String name) {
        return switches.contains(name);
    }

    List<String> positional() {
        return List.copyOf(positional);
    }
}
