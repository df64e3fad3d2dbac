package dev.bscportal.core.release;

import dev.bscportal.core.testing.RepositoryRoot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** NOTICE names every third-party file the jars bundle, and the jars carry NOTICE and LICENSE. */
class ThirdPartyNoticeTest {

    @TempDir
    Path dir;

    @Test
    void givenThisCheckoutWhenItsBundledThirdPartyFilesAreListedThenNoticeNamesEachOfThem() throws Exception {
        Path root = RepositoryRoot.find();

        List<String> thirdParty = ThirdPartyFiles.find(root);

        assertTrue(thirdParty.contains("dev/bscportal/core/maps/graphviz/NOTICE.md"), thirdParty.toString());
        assertTrue(thirdParty.contains("dev/bscportal/site/assets/vendor/minisearch.js"), thirdParty.toString());
        assertTrue(thirdParty.contains("dev/bscportal/core/scaffold/project/mvnw"), thirdParty.toString());
        assertEquals(List.of(), ThirdPartyFiles.missingFrom(Files.readString(root.resolve("NOTICE")), thirdParty),
                "bundled third-party files without an entry in NOTICE (add the work, its version and licence)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"site/assets/vendor/chart.js", "site/assets/fonts/Inter.woff2", "site/fonts/Mono.ttf",
            "engine/other.wasm", "site/assets/lib.min.js", "site/assets/theme.min.css", "site/assets/vendor/README"})
    void givenAModuleThatBundlesAThirdPartyFileNoticeDoesNotNameWhenCheckedThenThatFileIsReported(String file) throws Exception {
        // given a module added later (not one this test knows) bundling a third-party file
        Path resources = module("bsc-new").resolve("src/main/resources");
        write(resources.resolve(file), "x");
        write(resources.resolve("ours/page.ftlh"), "<p>our own template</p>");

        // when the bundled third-party files are checked against a NOTICE that does not name it
        List<String> missing = ThirdPartyFiles.missingFrom("NOTICE of something else", ThirdPartyFiles.find(dir));

        // then exactly that file is reported, and our own file is not
        assertEquals(List.of(file), missing);
        assertEquals(List.of(), ThirdPartyFiles.missingFrom("a notice naming " + file, ThirdPartyFiles.find(dir)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/* Copyright 2021 Someone */", "// SPDX-License-Identifier: MIT", "/*! @license Foo v1 */",
            "# Licensed to the Apache Software Foundation (ASF)", "Permission is hereby granted, free of charge"})
    void givenAFileOutsideVendorThatOpensWithSomeoneElsesLicenceWhenCheckedThenItCountsAsThirdParty(String header) throws Exception {
        Path resources = module("bsc-core").resolve("src/main/resources");
        write(resources.resolve("dev/x/helper.js"), header + "\nfunction f() {}\n");

        assertEquals(List.of("dev/x/helper.js"), ThirdPartyFiles.find(dir));
    }

    @Test
    void givenFilesUnderTargetOrTestResourcesWhenCheckedThenTheyAreNotBundledAndNotReported() throws Exception {
        Path module = module("m");
        write(module.resolve("target/classes/vendor/x.js"), "x");
        write(module.resolve("src/test/resources/vendor/axe.min.js"), "x");

        assertEquals(List.of(), ThirdPartyFiles.find(dir));
    }

    @Test
    void givenTheBuiltCoreModuleWhenItsOutputIsReadThenItCarriesTheCheckoutsNoticeAndLicenceInMetaInf() throws Exception {
        Path root = RepositoryRoot.find();
        Path metaInf = root.resolve("bsc-core/target/classes/META-INF");

        assertArrayEquals(Files.readAllBytes(root.resolve("NOTICE")), Files.readAllBytes(metaInf.resolve("NOTICE")));
        assertArrayEquals(Files.readAllBytes(root.resolve("LICENSE")), Files.readAllBytes(metaInf.resolve("LICENSE")));
    }

    private Path module(String name) throws Exception {
        Path module = dir.resolve(name);
        write(module.resolve("pom.xml"), "<project/>");
        return module;
    }

    private static void write(Path file, String text) throws Exception {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
