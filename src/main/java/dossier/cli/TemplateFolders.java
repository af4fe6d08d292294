package dossier.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where a build looks for templates, first match winning, file by file: the dossier's own
 * {@code templates/} inside its content folder, then the theme folder ({@code --templates}),
 * then the default theme inside the jar (always there, so it is not listed).
 *
 * <p>The dossier's folder comes first because it travels with the content: a second dossier
 * built from another content folder brings its look along without a flag.
 */
public record TemplateFolders(List<Path> folders) {

    /** The theme folder used when {@code --templates} is not given; skipped when absent. */
    public static final Path DEFAULT_THEME = Path.of("templates");

    public TemplateFolders {
        folders = List.copyOf(folders);
    }

    /**
     * The folders for {@code content}; a theme folder that was asked for by name must exist,
     * so a mistyped {@code --templates} is reported instead of silently giving the default look.
     */
    public static TemplateFolders of(Path content, Optional<String> theme) {
        var folders = new ArrayList<Path>();
        var own = content.resolve("templates");
        if (Files.isDirectory(own)) {
            folders.add(own);
        }
        var themeFolder = theme.map(Path::of).orElse(DEFAULT_THEME);
        if (Files.isDirectory(themeFolder)) {
            folders.add(themeFolder);
        } else if (theme.isPresent()) {
            throw new UsageException("no templates folder at " + themeFolder
                    + " (leave --templates out to use the default theme)");
        }
        return new TemplateFolders(folders);
    }
}
