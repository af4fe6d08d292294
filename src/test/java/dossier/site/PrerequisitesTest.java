package dossier.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

class PrerequisitesTest {

    @Test
    void presentToolIsHandedBack() {
        assertEquals("chromium", new Prerequisites(Map.of()).require(Optional.of("chromium"), "none"));
    }

    @Test
    void missingToolSkipsTheTestOnADevelopersMachine() {
        var skipped = assertThrows(TestAbortedException.class,
                () -> new Prerequisites(Map.of()).require(Optional.empty(), "no Chromium found"));

        assertEquals("no Chromium found", skipped.getMessage());
    }

    @Test
    void missingToolFailsTheTestUnderCi() {
        assertThrows(AssertionFailedError.class,
                () -> new Prerequisites(Map.of("CI", "true")).require(Optional.empty(), "no Chromium found"));
    }

    @Test
    void ciSetToFalseIsADevelopersMachine() {
        assertThrows(TestAbortedException.class,
                () -> new Prerequisites(Map.of("CI", "false")).require(Optional.empty(), "no Chromium found"));
    }
}
