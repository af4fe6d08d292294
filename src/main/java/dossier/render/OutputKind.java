package dossier.render;

import java.util.List;
import java.util.function.Consumer;

/**
 * One kind of output of the site (article pages, tag pages, a feed...). A kind that can tell
 * which of its files a change alters overrides {@link #render(ChangeScope)}; any other kind is
 * rendered whole after every change, which is slower but never wrong.
 */
interface OutputKind {

    /** Every file of this kind. */
    List<OutputFile> render();

    /**
     * Hands every file of this kind to {@code sink}, from any thread, in no order. A kind with
     * many large files overrides it so each file can be written and dropped once made, rather
     * than all of them held until the last is done.
     */
    default void renderTo(Consumer<OutputFile> sink) {
        render().forEach(sink);
    }

    /** The files {@code scope} can alter, and the paths of every file this kind makes now. */
    default Scoped render(ChangeScope scope) {
        var files = render();
        return new Scoped(files, files.stream().map(OutputFile::path).toList());
    }

    /** Files rendered again, and every path of the kind: the paths not rendered keep their previous bytes. */
    record Scoped(List<OutputFile> rendered, List<SitePath> paths) {

        public Scoped {
            rendered = List.copyOf(rendered);
            paths = List.copyOf(paths);
        }
    }
}
