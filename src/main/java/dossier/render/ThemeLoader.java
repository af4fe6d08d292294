package dossier.render;

import io.pebbletemplates.pebble.loader.DelegatingLoader;
import io.pebbletemplates.pebble.loader.Loader;
import java.io.Reader;

/**
 * Finds a template by name through the theme's loaders in order, as Pebble's {@link DelegatingLoader}
 * does, with a template's name as its cache key. At every {@code include} and {@code extends} of every
 * page Pebble asks its loader to resolve the name against the including template (two regular-expression
 * replacements per folder) and to make a cache key (three lists). A name that does not start with a dot
 * is relative to nothing, and each of the loaders keys a template by its name, so both answers are
 * known without that work; names that do start with a dot still go through the delegating loader.
 */
final class ThemeLoader implements Loader<String> {

    private final DelegatingLoader loaders;

    ThemeLoader(DelegatingLoader loaders) {
        this.loaders = loaders;
    }

    @Override
    public Reader getReader(String name) {
        return loaders.getReader(loaders.createCacheKey(name));
    }

    @Override
    public void setCharset(String charset) {
        loaders.setCharset(charset);
    }

    @Override
    public void setPrefix(String prefix) {
        loaders.setPrefix(prefix);
    }

    @Override
    public void setSuffix(String suffix) {
        loaders.setSuffix(suffix);
    }

    @Override
    public String resolveRelativePath(String relativePath, String anchorPath) {
        // Pebble's loaders resolve only "./" and "../" paths (after turning '\' into '/'): null for the rest
        if (relativePath == null || relativePath.isEmpty() || relativePath.charAt(0) != '.') {
            return null;
        }
        return loaders.resolveRelativePath(relativePath, anchorPath);
    }

    @Override
    public String createCacheKey(String name) {
        return name;
    }

    @Override
    public boolean resourceExists(String name) {
        return loaders.resourceExists(name);
    }
}
