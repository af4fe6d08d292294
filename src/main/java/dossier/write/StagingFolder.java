package dossier.write;

import dossier.render.OutputFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;

/**
 * The folder a build writes its new and changed files into before they join the site: it takes each
 * file as soon as it is rendered, from many threads at once, and {@link #close} tells when the last
 * write is over. A file whose bytes are those of the current site is not written, only noted as kept;
 * a {@linkplain OutputFile#signed signed} file the site holds (its head and tail read there) is not even made.
 */
final class StagingFolder implements Consumer<OutputFile> {

    private final Path root;
    private final CurrentSite current;
    /** The path of every file of the new site, written or kept. */
    private final Set<String> paths = ConcurrentHashMap.newKeySet();
    /** Folders made so far: 31,000 files sit in 10,000 folders, and asking the file system again for each costs a system call. */
    private final ConcurrentHashMap<Path, Boolean> folders = new ConcurrentHashMap<>();
    /** Writes hold it shared; {@link #close} takes it alone, so it waits for the writes under way. */
    private final ReentrantReadWriteLock open = new ReentrantReadWriteLock();
    private boolean closed;
    private final AtomicInteger changed = new AtomicInteger();
    private final AtomicInteger unchanged = new AtomicInteger();
    private final AtomicReference<IOException> failure = new AtomicReference<>();
    private final ThreadLocal<byte[]> buffers = ThreadLocal.withInitial(() -> new byte[64 * 1024]);

    /** A new, empty folder {@code root}; {@code current} is the site it will change, which may be empty. */
    StagingFolder(Path root, CurrentSite current) throws IOException {
        this.root = root;
        this.current = current;
        Files.createDirectories(root);
        folders.put(root, true);
    }

    /** The path of every file handed so far, relative to the site, with {@code /}. */
    Set<String> paths() {
        return paths;
    }

    /**
     * Writes {@code file} now, on the caller's thread. A failure is kept for {@link #close} and
     * thrown as an {@link UncheckedIOException}, so the render giving the files stops early.
     */
    @Override
    public void accept(OutputFile file) {
        open.readLock().lock();
        try {
            if (closed) {
                // a render thread still running after its render failed: the folder may be going away
                throw new IllegalStateException("the site is written already, " + file.path() + " comes too late");
            }
            if (failure.get() != null) {
                throw new UncheckedIOException(failure.get());
            }
            write(file);
        } catch (IOException e) {
            failure.compareAndSet(null, e);
            throw new UncheckedIOException(e);
        } finally {
            open.readLock().unlock();
        }
    }

    /**
     * Waits for the writes under way and refuses any later one, so the folder can be moved or
     * removed safely; throws the first write that failed.
     */
    SiteWriter.Written close() throws IOException {
        open.writeLock().lock();
        try {
            closed = true;
        } finally {
            open.writeLock().unlock();
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        return new SiteWriter.Written(changed.get(), unchanged.get());
    }

    private void write(OutputFile file) throws IOException {
        var name = file.path().file();
        var path = root.resolve(name);
        if (!path.normalize().startsWith(root)) {
            throw new IOException("refusing to write outside the site: " + file.path());
        }
        paths.add(name);
        var signature = file.signature();
        if (signature.isPresent() && holds(name, signature.get())) {
            unchanged.incrementAndGet();
            return;
        }
        var bytes = file.bytes();
        if (current.size(name) == bytes.length && sameBytes(current.root().resolve(name), bytes, buffers.get())) {
            unchanged.incrementAndGet();
        } else {
            makeFolder(path.getParent());
            Files.write(path, bytes);
            changed.incrementAndGet();
        }
    }

    /**
     * Makes {@code folder} once: a thread writing into a folder another thread is making waits for it
     * to exist, so no file is written into a folder not there yet.
     */
    private void makeFolder(Path folder) throws IOException {
        if (folders.containsKey(folder)) {
            return;
        }
        try {
            folders.computeIfAbsent(folder, f -> {
                try {
                    Files.createDirectories(f);
                    return true;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** True when the current site's file {@code name} starts and ends as {@code signature} says: it is that file, made already. */
    private boolean holds(String name, OutputFile.Signature signature) throws IOException {
        long size = current.size(name);
        if (size < signature.length()) {
            return false;
        }
        var buffer = buffers.get();
        try (var channel = FileChannel.open(current.root().resolve(name))) {
            return readsAs(channel, 0, signature.head(), buffer)
                    && readsAs(channel, size - signature.tail().length, signature.tail(), buffer);
        }
    }

    /** True when {@code channel} holds {@code expected} at {@code position}, read through {@code buffer} when it is long enough. */
    private static boolean readsAs(FileChannel channel, long position, byte[] expected, byte[] buffer) throws IOException {
        var into = expected.length <= buffer.length ? buffer : new byte[expected.length];
        var read = ByteBuffer.wrap(into, 0, expected.length);
        while (read.hasRemaining()) {
            if (channel.read(read, position + read.position()) <= 0) {
                return false;
            }
        }
        return Arrays.equals(into, 0, expected.length, expected, 0, expected.length);
    }

    /**
     * Compares a file with bytes through a small buffer reused by each thread: reading whole files would make a
     * second copy of the site in memory (220 MB at 10,000 articles) only to throw it away.
     */
    private static boolean sameBytes(Path existing, byte[] bytes, byte[] buffer) throws IOException {
        try (var in = Files.newInputStream(existing)) {
            int offset = 0;
            for (int read = in.read(buffer); read > 0; read = in.read(buffer)) {
                if (offset + read > bytes.length || Arrays.mismatch(buffer, 0, read, bytes, offset, offset + read) >= 0) {
                    return false;
                }
                offset += read;
            }
            return offset == bytes.length;
        }
    }
}
