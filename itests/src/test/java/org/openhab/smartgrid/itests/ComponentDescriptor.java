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

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;

import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import aQute.bnd.header.OSGiHeader;

/**
 * A Declarative Services component as the add-on jar declares it (its {@code Service-Component} header and the
 * {@code OSGI-INF} XML bnd generated): the OSGi tests derive what must be registered from the jar itself, so they
 * stay right when an add-on gains or loses a component.
 *
 * @param name the component name
 * @param services the service interfaces it provides (empty for a component that provides none)
 * @author Smart Grid add-ons contributors - Initial contribution
 */
@NonNullByDefault
record ComponentDescriptor(String name, List<String> services) {

    static List<ComponentDescriptor> of(Path jarPath) throws Exception {
        List<ComponentDescriptor> components = new ArrayList<>();
        try (JarFile jar = new JarFile(jarPath.toFile())) {
            String header = jar.getManifest().getMainAttributes().getValue("Service-Component");
            if (header == null) {
                return List.of();
            }
            for (String resource : OSGiHeader.parseHeader(header).keySet()) {
                ZipEntry entry = jar.getEntry(resource);
                if (entry == null) {
                    throw new IOException(jarPath.getFileName() + " names " + resource + " but does not hold it");
                }
                try (InputStream in = jar.getInputStream(entry)) {
                    components.add(parse(in));
                }
            }
        }
        return components;
    }

    private static ComponentDescriptor parse(InputStream in) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder().parse(in);
        Element component = document.getDocumentElement();
        NodeList provides = component.getElementsByTagNameNS("*", "provide");
        List<String> services = new ArrayList<>();
        for (int i = 0; i < provides.getLength(); i++) {
            services.add(((Element) provides.item(i)).getAttribute("interface"));
        }
        return new ComponentDescriptor(component.getAttribute("name"), List.copyOf(services));
    }
}
