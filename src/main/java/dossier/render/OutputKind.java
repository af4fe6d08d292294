package dossier.render;

import java.util.List;

/**
 * One kind of output of the site (article pages, tag pages, a feed...). A kind that can tell
 * which of its files a change alters overrides {@link #render(ChangeScope)}; any other kind is
 * rendered whole after every change, which is slower but never wrong.
 */
interface OutputKind {

    /** Every file of this kind. */
    List<OutputFile> render();

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
