package dossier.render;

import java.io.StringWriter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A small XML document written with the JDK's streaming writer, so every text and attribute is
 * escaped by the writer and never by hand; one element per line, for readable feeds and sitemaps.
 */
final class XmlWriter {

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private final StringWriter text = new StringWriter(8 * 1024);
    private final XMLStreamWriter xml;

    /** Starts a document whose root element {@code root} has the default namespace {@code namespace}. */
    XmlWriter(String root, String namespace) {
        try {
            xml = FACTORY.createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement(root);
            xml.writeDefaultNamespace(namespace);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    XmlWriter attribute(String name, String value) {
        if (name.startsWith("xml:")) {
            return run(() -> xml.writeAttribute("xml", javax.xml.XMLConstants.XML_NS_URI, name.substring(4), value));
        }
        return run(() -> xml.writeAttribute(name, value));
    }

    XmlWriter start(String name) {
        return run(() -> {
            xml.writeCharacters("\n");
            xml.writeStartElement(name);
        });
    }

    /** Closes the element opened last, on its own line. */
    XmlWriter end() {
        return run(() -> {
            xml.writeCharacters("\n");
            xml.writeEndElement();
        });
    }

    /** An element holding only text; skipped when the text is empty. */
    XmlWriter element(String name, String value) {
        if (value == null || value.isEmpty()) {
            return this;
        }
        return run(() -> {
            xml.writeCharacters("\n");
            xml.writeStartElement(name);
            xml.writeCharacters(value);
            xml.writeEndElement();
        });
    }

    /** An element without content, as Atom's {@code <link href="…"/>}. */
    XmlWriter empty(String name, String... attributes) {
        return run(() -> {
            xml.writeCharacters("\n");
            xml.writeEmptyElement(name);
            for (int i = 0; i + 1 < attributes.length; i += 2) {
                xml.writeAttribute(attributes[i], attributes[i + 1]);
            }
        });
    }

    /** Closes the root element and returns the document. */
    String finish() {
        run(() -> {
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        });
        return text.append('\n').toString();
    }

    private XmlWriter run(XmlStep step) {
        try {
            step.run();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write XML", e);
        }
        return this;
    }

    private interface XmlStep {
        void run() throws XMLStreamException;
    }
}
