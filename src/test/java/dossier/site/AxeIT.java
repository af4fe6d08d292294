package dossier.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AxeIT {

    private Chromium browser;

    @BeforeAll
    void launch() {
        var tools = Prerequisites.fromEnvironment();
        tools.axe();
        browser = Chromium.launch(tools.chromium());
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
