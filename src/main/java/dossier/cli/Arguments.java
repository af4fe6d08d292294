package dossier.cli;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A command's arguments: {@code --flag value} options, {@code --switch} booleans and the rest as
 * positional values. Anything unknown is a {@link UsageException}, never ignored.
 *
 * <p>Two forms exist for build tools, which pass every setting whether the user gave it or not:
 * an empty value ({@code --base-url=}) is the same as leaving the option out, and a switch may
 * be written {@code --drafts=true} or {@code --drafts=false}.
 */
final class Arguments {

    private final Map<String, String> options = new HashMap<>();
    private final Map<String, Boolean> switches = new HashMap<>();
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
            int equals = arg.indexOf('=');
            var name = equals >= 0 ? arg.substring(0, equals) : arg;
            if (valued.contains(name)) {
                String value;
                if (equals >= 0) {
                    value = arg.substring(equals + 1);
                } else if (i + 1 < args.size()) {
                    value = args.get(++i);
                } else {
                    throw new UsageException(name + " needs a value");
                }
                if (!value.isEmpty()) {
                    parsed.options.put(name, value);
                }
            } else if (booleans.contains(name)) {
                parsed.switches.put(name, equals < 0 || switchValue(name, arg.substring(equals + 1)));
            } else {
                throw new UsageException("unknown option " + arg);
            }
        }
        return parsed;
    }

    private static boolean switchValue(String name, String value) {
        return switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new UsageException(name + "=" + value + " is neither true nor false (write " + name
                    + " alone, or " + name + "=true or " + name + "=false)");
        };
    }

    Optional<String> option(String name) {
        return Optional.ofNullable(options.get(name));
    }

    /** The value of option {@code name} as a day, written YYYY-MM-DD; a usage error when it is not one. */
    Optional<LocalDate> date(String name) {
        return option(name).map(text -> {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeException e) {
                throw new UsageException(name + " \"" + text + "\" is not a date (use YYYY-MM-DD)");
            }
        });
    }

    /** Whether switch {@code name} is on: given alone or as {@code =true}. */
    boolean has(String name) {
        return switches.getOrDefault(name, false);
    }

    List<String> positional() {
        return List.copyOf(positional);
    }
}
