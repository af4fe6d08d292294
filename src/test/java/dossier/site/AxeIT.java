package dossier.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AxeIT {

    private final Prerequisites tools = Prerequisites.fromEnvironment();
    private Chromium browser;

    /** Checked before each test, so that each is reported skipped (or failed, under CI) with the reason. */
    @BeforeEach
    void launch() {
        tools.axe();
        var binary = tools.chromium();
        if (browser == null) {
            browser = Chromium.launch(binary);
        }
    }

    @AfterAll
    void close() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void everyPageOfTheCleanSitePassesAxe() {
        try (var server = StaticServer.start(SiteFixtures.site("clean"), "/dossier/")) {
            var page = browser.open(server.url(""));
            for (var path : List.of("", "articles/accord/", "a-propos/", "404.html")) {
                page.navigate(server.url(path));

                assertEquals(List.of(), page.axe(), path);
            }
        }
    }

    @Test
    void imageWithoutTextAlternativeIsTheOnlyViolation() {
        try (var server = StaticServer.start(SiteFixtures.site("axe-violation"), "/dossier/")) {
            var page = browser.open(server.url(""));

            assertEquals(List.of(new AxeViolation("image-alt", "critical", "Images must have alternative text",
                    List.of("img"))), page.axe());
        }
    }
}
