package dossier.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.load.BuildOptions;
import dossier.render.OutputFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** After each kind of change, the preview's partial rebuild gives the bytes a clean full build gives. */
class IncrementalBuildTest {

    static final LocalDate BUILD_DATE = LocalDate.of(2024, 6, 1);
    static final List<Path> THEME = List.of(Path.of("templates"));

    @TempDir
    Path temp;

    private Path content;
    private PreviewBuild preview;
    private BuildOptions options = BuildOptions.DEFAULTS;

    @BeforeEach
    void buildOnce() throws IOException {
        content = GeneratedDossier.write(temp, 40);
        preview = new PreviewBuild(content, THEME, BuildOptions.DEFAULTS, BUILD_DATE);
        assertFalse(preview.update(Set.of()).failed());
    }

    @Test
    void newTitleMatchesFullBuild() throws IOException {
        assertSameAsFullBuild(GeneratedDossier.article(content, 17, "Un titre tout neuf", "2024-06-18",
                GeneratedDossier.tagsOf(17), false));
    }

    @Test
    void newTitleOfAnArticleReportingEventsMatchesFullBuild() throws IOException {
        assertSameAsFullBuild(GeneratedDossier.article(content, 12, "Le sommet vu de Lomé", "2024-01-13",
                GeneratedDossier.tagsOf(12), true));
    }

    @Test
    void titlesChangedOneAfterAnotherOnPagesListingEventsMatchFullBuildEachTime() throws IOException {
        // the second change of a page listing events writes the new pieces into the page kept from the first
        assertSameAsFullBuild(GeneratedDossier.article(content, 12, "Le sommet vu de Lomé", "2024-01-13",
                GeneratedDossier.tagsOf(12), true));
        assertSameAsFullBuild(GeneratedDossier.article(content, 12, "Le sommet, vu de Lomé, en bref", "2024-01-13",
                GeneratedDossier.tagsOf(12), true));
        assertSameAsFullBuild(GeneratedDossier.article(content, 16, "Un titre bien plus long pour le seizième article",
                "2024-05-17", GeneratedDossier.tagsOf(16), true));
        assertSameAsFullBuild(GeneratedDossier.article(content, 12, "L", "2024-01-13", GeneratedDossier.tagsOf(12), true));
    }

    @Test
    void titleOfAnArticleWhoseEventMergesWithOthersChangedTwiceMatchesFullBuild() throws IOException {
        // articles 4, 8, 12… all report the summit: its piece names each of them
        assertSameAsFullBuild(GeneratedDossier.article(content, 8, "Huitième : le sommet", "2024-09-09",
                GeneratedDossier.tagsOf(8), true));
        assertSameAsFullBuild(GeneratedDossier.article(content, 8, "Huitième, encore revu", "2024-09-09",
                GeneratedDossier.tagsOf(8), true));
        assertSameAsFullBuild(GeneratedDossier.article(content, 4, "Quatrième & « sommet »", "2024-05-05",
                GeneratedDossier.tagsOf(4), true));
    }

    @Test
    void eventTitleChangedTwiceMatchesFullBuild() throws IOException {
        var file = GeneratedDossier.article(content, 12, "Le sommet vu de Lomé", "2024-01-13", GeneratedDossier.tagsOf(12), true);
        assertSameAsFullBuild(file);
        Files.writeString(file, Files.readString(file).replace("Fait propre à l'article 12", "Un fait renommé"));
        assertSameAsFullBuild(file);
        Files.writeString(file, Files.readString(file).replace("Un fait renommé", "Un fait renommé encore une fois"));
        assertSameAsFullBuild(file);
    }

    @Test
    void eventDateChangedMatchesFullBuild() throws IOException {
        var file = GeneratedDossier.article(content, 16, "Le seizième revu", "2024-05-17", GeneratedDossier.tagsOf(16), true);
        assertSameAsFullBuild(file);
        Files.writeString(file, Files.readString(file).replace("date: \"2024-05-17\"", "date: \"2023-11-02\""));
        assertSameAsFullBuild(file);
        assertSameAsFullBuild(GeneratedDossier.article(content, 16, "Le seizième revu encore", "2024-05-17",
                GeneratedDossier.tagsOf(16), true));
    }

    @Test
    void eventAddedThenRemovedMatchesFullBuild() throws IOException {
        var file = GeneratedDossier.article(content, 20, "Le vingtième revu", "2024-09-21", GeneratedDossier.tagsOf(20), true);
        assertSameAsFullBuild(file);
        var text = Files.readString(file);
        Files.writeString(file, text.replace("events:\n", "events:\n  - date: \"2024-03-08\"\n    title: \"Un nouvel événement\"\n"));
        assertSameAsFullBuild(file);
        assertSameAsFullBuild(GeneratedDossier.article(content, 20, "Le vingtième, sans ses événements", "2024-09-21",
                GeneratedDossier.tagsOf(20), false));
        assertSameAsFullBuild(GeneratedDossier.article(content, 24, "Le vingt-quatrième revu", "2024-01-25",
                GeneratedDossier.tagsOf(24), true));
    }

    @Test
    void bodyEditsMovingTheParagraphAnEventLinksToMatchFullBuild() throws IOException {
        var file = content.resolve("articles").resolve(GeneratedDossier.name(8));
        Files.writeString(file, Files.readString(file) + "\nLe sommet de Sotchi s'est tenu le 1er mai 2024.\n");
        assertSameAsFullBuild(file);
        Files.writeString(file, Files.readString(file).replace("Le corps", "Un paragraphe avant.\n\nLe corps"));
        assertSameAsFullBuild(file);
        assertSameAsFullBuild(GeneratedDossier.article(content, 8, "Huitième revu", "2024-09-09",
                GeneratedDossier.tagsOf(8), true));
    }

    @Test
    void titlesChangedAfterTagsChangedMatchFullBuild() throws IOException {
        // a tag change works out the lists it can move; the related lists kept for later edits are those
        assertSameAsFullBuild(GeneratedDossier.article(content, 9, "Article numéro 9", "2024-10-10",
                List.of("énergie", "diplomatie", "Togo"), false));
        assertSameAsFullBuild(GeneratedDossier.article(content, 14, "Le quatorzième, renommé", "2024-03-15",
                GeneratedDossier.tagsOf(14), false));
        assertSameAsFullBuild(GeneratedDossier.article(content, 9, "Le neuvième, renommé", "2024-10-10",
                List.of("énergie", "diplomatie", "Togo"), false));
        assertSameAsFullBuild(GeneratedDossier.article(content, 19, "Article numéro 19", "2024-08-20",
                List.of("Russie"), false));
        assertSameAsFullBuild(GeneratedDossier.article(content, 29, "Le vingt-neuvième, renommé", "2024-06-03",
                GeneratedDossier.tagsOf(29), false));
        Files.delete(content.resolve("articles").resolve(GeneratedDossier.name(33)));
        assertSameAsFullBuild(content.resolve("articles").resolve(GeneratedDossier.name(33)));
        for (int i = 1; i <= 40; i += 6) {
            assertSameAsFullBuild(GeneratedDossier.article(content, i, "Renommé " + i, "2024-%02d-%02d".formatted(1 + i % 12,
                    1 + i % 27), GeneratedDossier.tagsOf(i), i % 4 == 0));
        }
    }

    @Test
    void newTagsMatchFullBuild() throws IOException {
        assertSameAsFullBuild(GeneratedDossier.article(content, 9, "Article numéro 9", "2024-10-10",
                List.of("énergie", "diplomatie", "Togo"), false));
    }

    @Test
    void tagNamedTwiceThenOnceMatchesFullBuildEachTime() throws IOException {
        // the article carries it once either way: related lists and tag pages count it once
        assertSameAsFullBuild(GeneratedDossier.article(content, 9, "Article numéro 9", "2024-10-10",
                List.of("Togo", "énergie", "Togo"), false));
        assertSameAsFullBuild(GeneratedDossier.article(content, 9, "Article numéro 9", "2024-10-10",
                List.of("Togo", "énergie"), false));
    }

    @Test
    void newTagsOfAnArticleReportingEventsMatchFullBuild() throws IOException {
        assertSameAsFullBuild(GeneratedDossier.article(content, 16, "Article numéro 16", "2024-05-17",
                List.of("énergie", "Russie"), true));
    }

    @Test
    void tagNewToTheDossierThenRemovedLeavingNoArticleMatchesFullBuild() throws IOException {
        assertSameAsFullBuild(GeneratedDossier.article(content, 9, "Article numéro 9", "2024-10-10",
                List.of("énergie", "Sahel", "Togo"), false));
        assertSameAsFullBuild(GeneratedDossier.article(content, 9, "Article numéro 9", "2024-10-10",
                List.of("Sahel"), false));
        assertSameAsFullBuild(GeneratedDossier.article(content, 9, "Article numéro 9", "2024-10-10",
                GeneratedDossier.tagsOf(9), false));
        // the vocabulary's tag whose last article loses it leaves the dossier too
        for (int i = 1; i <= 40; i++) {
            if (GeneratedDossier.tagsOf(i).contains("diplomatie")) {
                assertSameAsFullBuild(GeneratedDossier.article(content, i, "Article numéro " + i,
                        "2024-%02d-%02d".formatted(1 + i % 12, 1 + i % 27), List.of("Togo"), i % 4 == 0));
            }
        }
        assertSameAsFullBuild(GeneratedDossier.article(content, 3, "Article numéro 3", "2024-04-04",
                List.of("diplomatie"), false));
    }

    @Test
    void tagMovedBetweenTwoArticlesInTurnMatchesFullBuildEachTime() throws IOException {
        assertSameAsFullBuild(GeneratedDossier.article(content, 9, "Article numéro 9", "2024-10-10",
                List.of("énergie", "diplomatie", "Sahel"), false));
        assertSameAsFullBuild(GeneratedDossier.article(content, 14, "Article numéro 14", "2024-03-15",
                List.of("Sahel", "sécurité", "énergie"), false));
        assertSameAsFullBuild(GeneratedDossier.article(content, 9, "Article numéro 9", "2024-10-10",
                GeneratedDossier.tagsOf(9), false));
        assertSameAsFullBuild(GeneratedDossier.article(content, 9, "Article numéro 9", "2024-10-10",
                List.of("énergie", "diplomatie", "Sahel"), false));
        assertSameAsFullBuild(GeneratedDossier.article(content, 14, "Article numéro 14", "2024-03-15",
                GeneratedDossier.tagsOf(14), false));
        assertSameAsFullBuild(GeneratedDossier.article(content, 14, "Le quatorzième, renommé", "2024-03-15",
                List.of("Russie"), false));
        assertSameAsFullBuild(GeneratedDossier.body(content, 9, "Un corps neuf après les changements de thèmes."));
    }

    @Test
    void tagsTakenAndLeftByAnArticleReportingEventsMatchFullBuildEachTime() throws IOException {
        // tag pages show the events of their articles: a tag new to the dossier shows this one's
        assertSameAsFullBuild(GeneratedDossier.article(content, 16, "Article numéro 16", "2024-05-17",
                List.of("Sahel", "Russie"), true));
        assertSameAsFullBuild(GeneratedDossier.article(content, 16, "Article numéro 16", "2024-05-17",
                List.of("Togo", "Sahel", "diplomatie"), true));
        assertSameAsFullBuild(GeneratedDossier.article(content, 20, "Article numéro 20", "2024-09-21",
                List.of("Sahel"), true));
        assertSameAsFullBuild(GeneratedDossier.article(content, 16, "Article numéro 16", "2024-05-17",
                GeneratedDossier.tagsOf(16), true));
        assertSameAsFullBuild(GeneratedDossier.article(content, 20, "Article numéro 20", "2024-09-21",
                GeneratedDossier.tagsOf(20), true));
        assertSameAsFullBuild(GeneratedDossier.article(content, 7, "Article numéro 7", "2024-08-08",
                List.of("Sahel"), false));
    }

    @Test
    void tagsOfADraftChangedWhileHiddenMatchFullBuild() throws IOException {
        var file = content.resolve("articles").resolve(GeneratedDossier.name(30));
        var text = Files.readString(file);
        Files.writeString(file, text.replace("---\nLe corps", "draft: true\n---\nLe corps"));
        assertSameAsFullBuild(file);
        Files.writeString(file, text.replace("---\nLe corps", "draft: true\n---\nLe corps")
                .replaceFirst("\ntags: \\[[^\\]]*\\]", "\ntags: [Sahel, Togo]"));
        assertSameAsFullBuild(file);
        Files.writeString(file, text.replace("---\nLe corps", "draft: true\n---\nLe corps")
                .replaceFirst("\ntags: \\[[^\\]]*\\]", "\ntags: []"));
        assertSameAsFullBuild(file);
        Files.writeString(file, text.replaceFirst("\ntags: \\[[^\\]]*\\]", "\ntags: [Sahel]"));
        assertSameAsFullBuild(file);
    }

    @Test
    void tagsOfADraftChangedWhileShownMatchFullBuild() throws IOException {
        options = new BuildOptions(true, false, null);
        preview = new PreviewBuild(content, THEME, options, BUILD_DATE);
        var file = content.resolve("articles").resolve(GeneratedDossier.name(30));
        var text = Files.readString(file);
        Files.writeString(file, text.replace("---\nLe corps", "draft: true\n---\nLe corps"));
        assertFalse(preview.update(Set.of()).failed());
        assertSameAsFullBuild();
        Files.writeString(file, text.replace("---\nLe corps", "draft: true\n---\nLe corps")
                .replaceFirst("\ntags: \\[[^\\]]*\\]", "\ntags: [Sahel, Togo]"));
        assertSameAsFullBuild(file);
        Files.writeString(file, text.replace("---\nLe corps", "draft: true\n---\nLe corps")
                .replaceFirst("\ntags: \\[[^\\]]*\\]", "\ntags: [Russie]"));
        assertSameAsFullBuild(file);
        assertSameAsFullBuild(GeneratedDossier.article(content, 29, "Article numéro 29", "2024-06-03",
                List.of("Sahel", "énergie"), false));
    }

    @Test
    void updateDateOfAnOldArticleMatchesFullBuild() throws IOException {
        var file = content.resolve("articles").resolve(GeneratedDossier.name(13));
        Files.writeString(file, Files.readString(file).replaceFirst("\ndate:", "\nupdated: 2024-12-30\ndate:"));
        assertSameAsFullBuild(file);
        Files.writeString(file, Files.readString(file) + "\nUne phrase de plus.\n");
        assertSameAsFullBuild(file);
    }

    @Test
    void newDateMovesTheArticleAcrossPagesAsFullBuildDoes() throws IOException {
        assertSameAsFullBuild(GeneratedDossier.article(content, 22, "Article numéro 22", "2019-03-04",
                GeneratedDossier.tagsOf(22), false));
    }

    @Test
    void newBodyMatchesFullBuild() throws IOException {
        var file = content.resolve("articles").resolve(GeneratedDossier.name(5));
        Files.writeString(file, Files.readString(file) + "\nUn paragraphe ajouté ; avec *emphase*.\n");
        // sed -i and many editors write a temporary file beside the article, then rename it over.
        assertSameAsFullBuild(file, content.resolve("articles/sedX4k2Qa"), content.resolve("articles/.article-05.md.swp"));
    }

    @Test
    void editorTemporaryFileSeenBeforeItsRenameIsLoadedInPart() throws IOException {
        var file = content.resolve("articles").resolve(GeneratedDossier.name(5));
        var temporary = content.resolve("articles/sedQ81xZ");
        Files.writeString(temporary, Files.readString(file).replace("Le corps", "Le nouveau corps"));
        var seen = preview.update(Set.of(temporary));
        assertFalse(seen.whole(), "a file of articles/ is loaded on its own");
        assertTrue(seen.failed(), "while it is there, it is a file of unknown type, as a full build says");
        Files.move(temporary, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertSameAsFullBuild(temporary, file);
    }

    @Test
    void sharedEventGainedAndLostMatchesFullBuild() throws IOException {
        assertSameAsFullBuild(GeneratedDossier.article(content, 13, "Article numéro 13", "2024-02-15",
                GeneratedDossier.tagsOf(13), true));
        assertSameAsFullBuild(GeneratedDossier.article(content, 8, "Article numéro 8", "2024-09-09",
                GeneratedDossier.tagsOf(8), false));
    }

    @Test
    void articleCitedByTheChronologyRenamedMatchesFullBuild() throws IOException {
        assertSameAsFullBuild(GeneratedDossier.article(content, 7, "La délégation vue de près", "2024-08-08",
                GeneratedDossier.tagsOf(7), false));
    }

    @Test
    void addedArticleMatchesFullBuild() throws IOException {
        assertSameAsFullBuild(GeneratedDossier.article(content, 41, "Le plus récent", "2025-01-31",
                List.of("Russie", "sécurité"), true));
    }

    @Test
    void deletedArticleMatchesFullBuild() throws IOException {
        var file = content.resolve("articles").resolve(GeneratedDossier.name(12));
        Files.delete(file);
        assertSameAsFullBuild(file);
    }

    @Test
    void articleTurnedDraftMatchesFullBuild() throws IOException {
        var file = content.resolve("articles").resolve(GeneratedDossier.name(30));
        Files.writeString(file, Files.readString(file).replace("---\nLe corps", "draft: true\n---\nLe corps"));
        assertSameAsFullBuild(file);
    }

    @Test
    void renamedFileMatchesFullBuild() throws IOException {
        var old = content.resolve("articles").resolve(GeneratedDossier.name(3));
        var renamed = content.resolve("articles").resolve("nouveau-nom.md");
        Files.move(old, renamed);
        assertSameAsFullBuild(old, renamed);
    }

    @Test
    void changesMadeWhileTheContentWasBrokenAreAllAppliedOnceItIsFixed() throws IOException {
        var broken = content.resolve("articles").resolve(GeneratedDossier.name(2));
        var text = Files.readString(broken);
        Files.writeString(broken, text.replace("date: ", "date: pas-une-date "));
        assertTrue(preview.update(Set.of(broken)).failed());
        var other = GeneratedDossier.article(content, 25, "Changé pendant la panne", "2024-01-02",
                List.of("Togo"), false);
        assertTrue(preview.update(Set.of(other)).failed());
        Files.writeString(broken, text);
        assertSameAsFullBuild(broken);
    }

    @Test
    void manyChangesInOneBatchMatchFullBuild() throws IOException {
        var first = GeneratedDossier.article(content, 1, "Premier, revu", "2023-12-31", List.of("diplomatie"), true);
        var second = GeneratedDossier.article(content, 39, "Trente-neuvième, revu", "2024-07-14",
                List.of("Russie", "Togo", "énergie"), false);
        var gone = content.resolve("articles").resolve(GeneratedDossier.name(20));
        Files.delete(gone);
        assertSameAsFullBuild(first, second, gone);
    }

    @Test
    void settingsChangeRebuildsEverything() throws IOException {
        var settings = content.resolve("dossier.yaml");
        Files.writeString(settings, Files.readString(settings).replace("pageSize: 3", "pageSize: 4"));
        var outcome = preview.update(Set.of(settings));
        assertTrue(outcome.whole());
        assertSameAsFullBuild();
    }

    @Test
    void onlyTemporaryFilesChangedBuildsNothing() throws IOException {
        assertTrue(preview.update(Set.of(content.resolve("articles/sedX4k2Qa"))).unchanged());
    }

    @Test
    void titleWhoseTermsMoveToOtherSearchShardsMatchesFullBuild() throws IOException {
        var all = new java.util.ArrayList<Path>();
        for (int i = 1; i <= 40; i++) {
            all.add(GeneratedDossier.body(content, i, GeneratedDossier.words(i, 150)));
        }
        assertSameAsFullBuild(all.toArray(Path[]::new));
        assertTrue(shards(preview.files()) > 3, "the index is split, so terms can move between shards");
        assertSameAsFullBuild(GeneratedDossier.article(content, 17, "Zygomatique xylophone aérien", "2024-06-18",
                GeneratedDossier.tagsOf(17), false));
        assertSameAsFullBuild(GeneratedDossier.body(content, 23, GeneratedDossier.words(99, 400)));
    }

    @Test
    void bodyChangeOfAnArticleReportingEventsMatchesFullBuild() throws IOException {
        var file = content.resolve("articles").resolve(GeneratedDossier.name(8));
        Files.writeString(file, Files.readString(file) + "\nLe sommet de Sotchi s'est tenu le 1er mai 2024.\n");
        assertSameAsFullBuild(file);
        Files.writeString(file, Files.readString(file) + "\nUne phrase de plus, sans date.\n");
        assertSameAsFullBuild(file);
    }

    @Test
    void linkThatBreaksAndMendsAgainIsReportedThenMatchesFullBuild() throws IOException {
        var target = GeneratedDossier.body(content, 5, "## Première partie\n\nUn texte.");
        var linking = GeneratedDossier.body(content, 10, "Voir [l'article](../article-05/#premiere-partie).");
        assertSameAsFullBuild(target, linking);
        GeneratedDossier.body(content, 5, "## Seconde partie\n\nUn texte.");
        var outcome = preview.update(Set.of(target));
        assertTrue(outcome.failed(), "the anchor is gone");
        assertTrue(outcome.problems().toString().contains("article-10.md"), outcome.problems().toString());
        assertSameProblemsAsFullLoad(outcome);
        GeneratedDossier.body(content, 5, "## Première partie\n\nUn autre texte.");
        assertSameAsFullBuild(target);
        var renamed = content.resolve("articles/article-cinq.md");
        Files.move(target, renamed);
        var gone = preview.update(Set.of(target, renamed));
        assertTrue(gone.failed(), "the article linked to is gone");
        assertSameProblemsAsFullLoad(gone);
        Files.move(renamed, target);
        assertSameAsFullBuild(target, renamed);
    }

    @Test
    void aliasLinkedToThroughAnAnchorGainedAndLostIsReportedThenMatchesFullBuild() throws IOException {
        var target = GeneratedDossier.body(content, 5, "## Première partie\n\nUn texte.");
        var linking = GeneratedDossier.body(content, 10, "Voir [l'article](../ancien-nom/#premiere-partie).");
        var broken = preview.update(Set.of(target, linking));
        assertTrue(broken.failed(), "no article is at the alias yet");
        assertSameProblemsAsFullLoad(broken);
        var text = Files.readString(target);
        Files.writeString(target, text.replaceFirst("\ndate:", "\naliases: [ancien-nom]\ndate:"));
        assertSameAsFullBuild(target);
        GeneratedDossier.body(content, 5, "## Seconde partie\n\nUn texte.");
        var moved = preview.update(Set.of(target));
        assertTrue(moved.failed(), "the anchor behind the alias is gone");
        assertSameProblemsAsFullLoad(moved);
        Files.writeString(target, text.replaceFirst("\ndate:", "\naliases: [ancien-nom]\ndate:"));
        assertSameAsFullBuild(target);
        Files.writeString(target, text);
        var gone = preview.update(Set.of(target));
        assertTrue(gone.failed(), "the alias is gone");
        assertSameProblemsAsFullLoad(gone);
        GeneratedDossier.body(content, 10, "Un texte sans lien.");
        assertSameAsFullBuild(linking);
    }

    @Test
    void linkToAnArticleNotYetWrittenKeepsAFreshHintThenMatchesFullBuildOnceItIsAdded() throws IOException {
        var linking = GeneratedDossier.body(content, 10, "Voir [la suite](../article-41/).");
        var broken = preview.update(Set.of(linking));
        assertTrue(broken.failed(), "no article-41 yet");
        assertSameProblemsAsFullLoad(broken);
        var near = GeneratedDossier.article(content, 42, "Article numéro 42", "2024-03-03", GeneratedDossier.tagsOf(42), false);
        var still = preview.update(Set.of(near));
        assertTrue(still.failed(), "still no article-41");
        assertSameProblemsAsFullLoad(still);
        assertSameAsFullBuild(GeneratedDossier.article(content, 41, "Article numéro 41", "2024-03-02",
                GeneratedDossier.tagsOf(41), true));
    }

    @Test
    void republishedCopyAppearingAndGoingMatchesFullBuild() throws IOException {
        var story = GeneratedDossier.words(5, 120);
        var original = GeneratedDossier.body(content, 6, story);
        assertSameAsFullBuild(original);
        var copy = GeneratedDossier.body(content, 31, "Une introduction de la reprise. " + story);
        assertSameAsFullBuild(copy);
        assertTrue(warnings(preview).contains("article-31.md"), "the copy is reported");
        GeneratedDossier.body(content, 31, GeneratedDossier.words(6, 120));
        assertSameAsFullBuild(copy);
    }

    @Test
    void bodyEditMakingAnUnchangedLaterArticleACopyAndUndoingItMatchesFullBuild() throws IOException {
        // article 31 (August) holds the story first; article 6 (July) then tells it too, so 31, not edited, is the copy
        var story = GeneratedDossier.words(5, 120);
        assertSameAsFullBuild(GeneratedDossier.body(content, 31, "Une introduction de la reprise. " + story));
        var original = GeneratedDossier.body(content, 6, story);
        assertSameAsFullBuild(original);
        assertTrue(warnings(preview).contains("article-31.md"), "the later one is the copy");
        assertSameAsFullBuild(GeneratedDossier.body(content, 6, story + " Une phrase ajoutée à l'original."));
        assertSameAsFullBuild(GeneratedDossier.body(content, 31, "Une introduction de la reprise, revue. " + story));
        assertSameAsFullBuild(GeneratedDossier.body(content, 6, GeneratedDossier.words(7, 120)));
        assertFalse(warnings(preview).contains("article-31.md"), "no copy any more");
        assertSameAsFullBuild(GeneratedDossier.body(content, 31, "Plus rien de commun."));
    }

    @Test
    void linkToAnArticleThenRemovedIsReportedThenMatchesFullBuildOnceItIsBack() throws IOException {
        var target = content.resolve("articles").resolve(GeneratedDossier.name(5));
        var text = Files.readString(target);
        var linking = GeneratedDossier.body(content, 10, "Voir [l'article](../article-05/).");
        assertSameAsFullBuild(linking);
        Files.delete(target);
        var gone = preview.update(Set.of(target));
        assertTrue(gone.failed(), "the article linked to is gone");
        assertTrue(gone.problems().toString().contains("article-10.md"), gone.problems().toString());
        assertSameProblemsAsFullLoad(gone);
        var edited = GeneratedDossier.body(content, 10, "Voir encore [l'article](../article-05/).");
        var still = preview.update(Set.of(edited));
        assertTrue(still.failed(), "still gone");
        assertSameProblemsAsFullLoad(still);
        Files.writeString(target, text);
        assertSameAsFullBuild(target);
        assertSameAsFullBuild(GeneratedDossier.body(content, 5, "Le corps de l'article 5, revu."));
    }

    @Test
    void bodyEditsBeforeAndAfterAnEditMovingTheArticleInDateOrderMatchFullBuild() throws IOException {
        assertSameAsFullBuild(GeneratedDossier.body(content, 22, "Le corps de l'article 22, une première fois revu."));
        var moved = GeneratedDossier.article(content, 22, "Article numéro 22", "2019-03-04", GeneratedDossier.tagsOf(22), false);
        assertSameAsFullBuild(moved);
        assertSameAsFullBuild(GeneratedDossier.body(content, 22, "Le corps de l'article 22, revu après son déplacement."));
        assertSameAsFullBuild(GeneratedDossier.body(content, 21, "Le corps de son voisin, revu."));
        assertSameAsFullBuild(GeneratedDossier.article(content, 22, "Article numéro 22", "2025-03-04", GeneratedDossier.tagsOf(22), true));
        assertSameAsFullBuild(GeneratedDossier.body(content, 22, "Le corps de l'article 22, revu en tête de liste."));
    }

    @Test
    void editsOfADraftWhileHiddenThenShownAgainMatchFullBuild() throws IOException {
        var file = content.resolve("articles").resolve(GeneratedDossier.name(30));
        var text = Files.readString(file);
        Files.writeString(file, text.replace("---\nLe corps", "draft: true\n---\nLe corps"));
        assertSameAsFullBuild(file);
        Files.writeString(file, text.replace("---\nLe corps", "draft: true\n---\nUn brouillon revu. Le corps"));
        assertSameAsFullBuild(file);
        Files.writeString(file, text.replace("---\nLe corps", "draft: true\n---\nUn brouillon revu. Le corps")
                .replaceFirst("\ndate: [0-9-]+", "\ndate: 2019-05-06"));
        assertSameAsFullBuild(file);
        Files.writeString(file, text.replace("Le corps", "Publié enfin. Le corps"));
        assertSameAsFullBuild(file);
        assertSameAsFullBuild(GeneratedDossier.body(content, 29, "Son voisin revu."));
    }

    @Test
    void titleTagAndBodyEditsInTurnOnOneArticleMatchFullBuildEachTime() throws IOException {
        assertSameAsFullBuild(GeneratedDossier.article(content, 16, "Le seizième, renommé", "2024-05-17",
                GeneratedDossier.tagsOf(16), true));
        assertSameAsFullBuild(GeneratedDossier.article(content, 16, "Le seizième, renommé", "2024-05-17",
                List.of("énergie", "Russie"), true));
        assertSameAsFullBuild(GeneratedDossier.body(content, 16, "Un corps neuf ; le sommet s'est tenu le 1er mai 2024."));
        assertSameAsFullBuild(GeneratedDossier.body(content, 17, "Le voisin change aussi."));
        assertSameAsFullBuild(GeneratedDossier.body(content, 16, "## Une partie\n\nUn corps encore neuf."));
    }

    @Test
    void brokenEditThenFixedEditOfAnotherArticleMatchFullBuild() throws IOException {
        var broken = GeneratedDossier.body(content, 11, "Voir [nulle part](../article-99/).");
        assertTrue(preview.update(Set.of(broken)).failed());
        var other = GeneratedDossier.body(content, 12, "Un autre corps, pendant la panne.");
        assertTrue(preview.update(Set.of(other)).failed());
        GeneratedDossier.body(content, 11, "Un lien réparé vers [l'article](../article-12/).");
        assertSameAsFullBuild(broken);
        assertSameAsFullBuild(GeneratedDossier.body(content, 12, "Un autre corps, une fois réparé."));
    }

    private void assertSameProblemsAsFullLoad(PreviewBuild.Outcome outcome) throws IOException {
        var fresh = new dossier.load.ContentLoader(Path.of("")).load(content, BuildOptions.DEFAULTS).problems();
        assertEquals(fresh.stream().map(dossier.model.Problem::format).toList(),
                outcome.problems().stream().map(dossier.model.Problem::format).toList());
    }

    private String warnings(PreviewBuild build) throws IOException {
        return build.update(Set.of(content.resolve("articles/.untouched.swp"))).problems().toString();
    }

    private static long shards(List<OutputFile> files) {
        return files.stream().filter(f -> f.path().file().startsWith("recherche/t/")).count();
    }

    /** Rebuilds after {@code changed} (nothing: compares the current site) and compares with a clean full build. */
    private void assertSameAsFullBuild(Path... changed) throws IOException {
        if (changed.length > 0) {
            var outcome = preview.update(Set.of(changed));
            assertFalse(outcome.failed(), outcome.problems().toString());
            assertFalse(outcome.whole(), "an article change is rebuilt in part");
        }
        var full = new PreviewBuild(content, THEME, options, BUILD_DATE);
        assertFalse(full.update(Set.of()).failed());
        assertEquals(paths(full.files()), paths(preview.files()));
        for (int i = 0; i < full.files().size(); i++) {
            var expected = full.files().get(i);
            assertEquals(text(expected), text(preview.files().get(i)), "bytes of " + expected.path().file());
            assertEquals(text(expected), new String(preview.file(expected.path().file()), StandardCharsets.UTF_8),
                    "bytes served at " + expected.path().file());
        }
    }

    private static List<String> paths(List<OutputFile> files) {
        return files.stream().map(f -> f.path().file()).toList();
    }

    private static String text(OutputFile file) {
        return new String(file.bytes(), StandardCharsets.UTF_8);
    }
}
