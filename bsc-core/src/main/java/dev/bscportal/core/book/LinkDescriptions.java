package dev.bscportal.core.book;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;

import java.io.IOException;

/**
 * PDF/UA-1 (7.18.5) wants every link annotation to describe itself in its {@code Contents}; the renderer puts the
 * description (the link's title) on the link's structure element only. This copies it onto the annotations.
 */
final class LinkDescriptions {

    private LinkDescriptions() {
    }

    static void fill(PDDocument pdf) throws IOException {
        var root = pdf.getDocumentCatalog().getStructureTreeRoot();
        if (root != null) {
            walk(root);
        }
        for (PDPage page : pdf.getPages()) {
            for (PDAnnotation annotation : page.getAnnotations()) {
                if (annotation instanceof PDAnnotationLink && (annotation.getContents() == null || annotation.getContents().isBlank())) {
                    annotation.setContents("Link");
                }
            }
        }
    }

    private static void walk(PDStructureNode node) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                if ("Link".equals(element.getStructureType()) && element.getAlternateDescription() != null) {
                    for (Object part : element.getKids()) {
                        if (part instanceof PDObjectReference ref && ref.getReferencedObject() instanceof PDAnnotation a) {
                            a.setContents(element.getAlternateDescription());
                        }
                    }
                }
                walk(element);
            }
        }
    }
}
