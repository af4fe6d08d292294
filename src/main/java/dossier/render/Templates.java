package dossier.render;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.loader.DelegatingLoader;
import io.pebbletemplates.pebble.loader.FileLoader;
import io.pebbletemplates.pebble.loader.Loader;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The Pebble templates, compiled once and shared by every page. Lookup goes through the given
 * folders in order (a dossier's own templates first), then the default theme inside the jar,
 * so a dossier can replace one template without copying the others. Autoescaping stays on.
 */
public final class Templates {

    private final PebbleEngine engine;
    private final Map<String, PebbleTemplate> compiled = new ConcurrentHashMap<>();

    public Templates(List<Path> folders) {
        var loaders = new ArrayList<Loader<?>>();
        for (var folder : folders) {
            var loader = new FileLoader();
            loader.setPrefix(folder.toAbsolutePath().toString());
            loader.setSuffix(".peb");
            loaders.add(loader);
        }
        var classpath = new ClasspathLoader(Templates.class.getClassLoader());
        classpath.setPrefix("templates");
        classpath.setSuffix(".peb");
        loaders.add(classpath);
        engine = new PebbleEngine.Builder()
                .loader(new ThemeLoader(new DelegatingLoader(loaders)))
                .autoEscaping(true)
                .addEscapingStrategy("html", HtmlEscaping::escape)
                .strictVariables(true)
                .defaultLocale(Locale.FRENCH)
                .build();
    }

    /** Renders template {@code name} with the page's view record and the site record, as UTF-8: a page's bytes. */
    public byte[] renderBytes(String name, Object page, Views.Site site) {
        return evaluate(name, Map.of("page", page, "site", site), PageWriter::utf8);
    }

    /** Renders template {@code name} with the page's view record and the site record, as text. */
    public String render(String name, Object page, Views.Site site) {
        return evaluate(name, Map.of("page", page, "site", site), PageWriter::toString);
    }

    /**
     * Renders template {@code name} (a part that pages include, such as {@code event}) as UTF-8,
     * with the variables a page's template gives it where it includes the part.
     */
    byte[] part(String name, Map<String, Object> variables) {
        return evaluate(name, variables, PageWriter::utf8);
    }

    /** Evaluates the template into the thread's writer and takes the result out before the writer is given back. */
    private <T> T evaluate(String name, Map<String, Object> variables, Function<PageWriter, T> result) {
        var template = compiled.computeIfAbsent(name, engine::getTemplate);
        var out = PageWriter.take();
        try {
            template.evaluate(out, variables);
            return result.apply(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (PebbleException e) {
            throw new TemplateException(name, e);
        } finally {
            out.giveBack();
        }
    }

    /** A template that does not compile or evaluate: a theme bug, reported with its template and line. */
    public static final class TemplateException extends RuntimeException {
        public TemplateException(String name, PebbleException cause) {
            super("template " + name + ".peb: " + cause.getMessage(), cause);
        }
    }
}
