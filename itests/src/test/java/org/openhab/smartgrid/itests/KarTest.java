/**
 * Copyright (c) 2026 Contributors to the Smart Grid add-ons for openHAB project
 *
 * See the NOTICE file(s) distributed with this work for additional
 * information.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.smartgrid.itests;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The .kar installs both add-ons: it holds a feature per add-on that depends on openHAB's runtime and the bundle
 * each feature names.
 */
@NonNullByDefault
class KarTest {

    @ParameterizedTest(name = "feature {0} installs {1} at start level 80 on openhab-runtime-base")
    @CsvSource({ "openhab-binding-thermia," + BuiltArtifacts.BINDING,
            "openhab-automation-energymanager," + BuiltArtifacts.AUTOMATION })
    void eachAddonHasAFeatureWithItsBundleInsideTheKar(String featureName, String bundle) throws Exception {
        try (ZipFile kar = new ZipFile(BuiltArtifacts.kar().toFile())) {
            Element feature = feature(features(kar), featureName);
            assertEquals(List.of("openhab-runtime-base"), childTexts(feature, "feature"),
                    featureName + " must depend on openHAB's runtime only");
            NodeList bundles = feature.getElementsByTagName("bundle");
            assertEquals(1, bundles.getLength(), featureName + " bundles");
            Element bundleElement = (Element) bundles.item(0);
            assertEquals("80", bundleElement.getAttribute("start-level"));
            String url = bundleElement.getTextContent().trim();
            assertEquals("mvn:org.openhab.smartgrid/" + bundle + "/" + BuiltArtifacts.VERSION, url);
            String path = "repository/org/openhab/smartgrid/" + bundle + "/" + BuiltArtifacts.VERSION + "/" + bundle
                    + "-" + BuiltArtifacts.VERSION + ".jar";
            assertNotNull(kar.getEntry(path), "the kar holds " + path);
        }
    }

    @Test
    void theKarHoldsNoStandIn() throws IOException {
        try (ZipFile kar = new ZipFile(BuiltArtifacts.kar().toFile())) {
            List<String> standIn = kar.stream().map(ZipEntry::getName).filter(n -> n.contains("standin")).toList();
            assertEquals(List.of(), standIn);
        }
    }

    private static Document features(ZipFile kar) throws Exception {
        ZipEntry entry = kar.stream().filter(e -> e.getName().endsWith("-features.xml")).findFirst()
                .orElseThrow(() -> new AssertionError("no features.xml in the kar"));
        try (InputStream in = kar.getInputStream(entry)) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(false);
            return factory.newDocumentBuilder().parse(in);
        }
    }

    private static Element feature(Document features, String name) {
        NodeList all = features.getDocumentElement().getElementsByTagName("feature");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            if (name.equals(element.getAttribute("name"))) {
                return element;
            }
        }
        throw new AssertionError("no feature named " + name);
    }

    private static List<String> childTexts(Element parent, String tag) {
        List<String> texts = new ArrayList<>();
        NodeList children = parent.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element child && tag.equals(child.getTagName())) {
                texts.add(child.getTextContent().trim());
            }
        }
        return texts;
    }
}
