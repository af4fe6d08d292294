package dossier.site;

/** Keys a reader presses besides text, with the codes the DevTools Input domain expects. */
public enum Key {
    ENTER("Enter", 13, "\r"),
    TAB("Tab", 9, ""),
    ESCAPE("Escape", 27, ""),
    BACKSPACE("Backspace", 8, ""),
    ARROW_DOWN("ArrowDown", 40, ""),
    ARROW_UP("ArrowUp", 38, "");

    final String name;
    final int code;
    /** What the key types; Enter must type "\r" or forms are not submitted. */
    final String text;

    Key(String name, int code, String text) {
        this.name = name;
        this.code = code;
        this.text = text;
    }
}
