package dossier.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import nu.validator.checker.InfoAwareErrorHandler;
import nu.validator.validation.SimpleDocumentValidator;

/**
 * Runs the Nu Html Checker (the engine behind validator.w3.org/nu) in this JVM on every page
 * of a site folder.
 *
 * <pre>{@code
 * List<HtmlMessage> messages = HtmlValidator.validate(Path.of("site"));
 * assertEquals(List.of(), messages);          // errors, warnings and infos alike
 * }</pre>
 *
 * <p>No server and no network: the schema URL below is a name the checker resolves from its
 * own jar. Setting the checker up costs about half a second, checking a page a few
 * milliseconds, so one checker is set up per call and reused for every page of the folder.
 * Pages are read as a browser reads a file served without a charset header: the page itself
 * must declare UTF-8, which is what a static host gives us.
 */
public final class HtmlValidator {

    /** HTML with SVG, MathML and RDFa Lite: what {@code vnu.jar} checks by default. */
    private static final String SCHEMA = "http://s.validator.nu/html5-all.rnc";

    private final SimpleDocumentValidator checker;
    private final Collector collector = new Collector();

    private HtmlValidator() {
        // log4j set up by the checker itself (quiet); no URL logging; no language guessing,
        // whose warnings on short pages (a tag list, the 404 page) are noise, and lang="fr"
        // comes from dossier.yaml anyway.
        checker = new SimpleDocumentValidator(true, false, false);
        try {
            checker.setUpMainSchema(SCHEMA, collector);
            checker.setUpValidatorAndParsers(collector, false, false);
        } catch (Exception e) {
            throw new IllegalStateException("the Nu Html Checker could not load its schema", e);
        }
    }

    /**
     * Every message about every {@code .html} file under {@code siteDir}, sorted by file, line
     * and column; empty when the site is valid.
     */
    public static List<HtmlMessage> validate(Path siteDir) {
        var pages = SiteFiles.html(siteDir);
        var validator = new HtmlValidator();
        var messages = new ArrayList<HtmlMessage>();
        for (Path page : pages) {
            messages.addAll(validator.check(page, siteDir.relativize(page)));
        }
        return messages;
    }

    private List<HtmlMessage> check(Path page, Path name) {
        collector.start(name);
        try {
            checker.checkHtmlFile(page.toFile(), false);
        } catch (SAXParseException e) {
            // a fatal error was already handed to the collector before being thrown
        } catch (SAXException e) {
            collector.add(HtmlMessage.Type.ERROR, 0, 0, e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return collector.finish();
    }

    /** Receives the checker's messages for the page being checked. */
    private static final class Collector implements InfoAwareErrorHandler {
        private Path page = Path.of("");
        private List<HtmlMessage> messages = new ArrayList<>();

        void start(Path name) {
            page = name;
            messages = new ArrayList<>();
        }

        List<HtmlMessage> finish() {
            messages.sort(Comparator.comparingInt(HtmlMessage::line).thenComparingInt(HtmlMessage::column));
            return List.copyOf(messages);
        }

        void add(HtmlMessage.Type type, int line, int column, String text) {
            messages.add(new HtmlMessage(page, Math.max(line, 0), Math.max(column, 0), type, String.valueOf(text)));
        }

        private void add(HtmlMessage.Type type, SAXParseException e) {
            add(type, e.getLineNumber(), e.getColumnNumber(), e.getMessage());
        }

        @Override
        public void warning(SAXParseException e) {
            add(HtmlMessage.Type.WARNING, e);
        }

        @Override
        public void error(SAXParseException e) {
            add(HtmlMessage.Type.ERROR, e);
        }

        @Override
        public void fatalError(SAXParseException e) {
            add(HtmlMessage.Type.ERROR, e);
        }

        @Override
        public void info(SAXParseException e) {
            add(HtmlMessage.Type.INFO, e);
        }
    }
}
