package dev.bscportal.core.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkNodeBase;
import com.vladsch.flexmark.ast.RefNode;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;

import dev.bscportal.core.text.UrlPolicy;

/**
 * Removes every link and image of a parsed Markdown document whose target {@link UrlPolicy} refuses, keeping its
 * text: inline links and images, autolinks, and reference-style links and images whose definition points at
 * such a target. flexmark decodes entities and escapes of the destination ({@code unescape()}) before it
 * writes the {@code href}; the policy sees that decoded text. An image whose source is allowed but not relative
 * (on another site: the portal makes no request to another site) becomes a link to it with the alt text as the
 * link's text. Walks the tree without recursion, so a deep document cannot overflow the stack here.
 */
final class LinkGuard {

    private LinkGuard() {
    }

    static void apply(Document document) {
        Node node = document.getFirstChild();
        while (node != null) {
            if (refused(node, document)) {
                node = unwrap(node);
                continue;
            }
            String external = externalImage(node, document);
            if (external != null) {
                node = asLink(node, external);
                continue;
            }
            node = next(node, document, false);
        }
    }

    private static boolean refused(Node node, Document document) {
        if (node instanceof Reference) {
            return false; // a definition renders nothing; the links that use it are checked
        }
        if (node instanceof LinkNodeBase link) {
            return !UrlPolicy.allows(link.getUrl().unescape());
        }
        if (node instanceof RefNode ref) {
            Reference definition = ref.getReferenceNode(document);
            return definition != null && !UrlPolicy.allows(definition.getUrl().unescape());
        }
        return false;
    }

    /** The source of an image that is allowed but not relative (another site's), else null. */
    private static String externalImage(Node node, Document document) {
        com.vladsch.flexmark.util.sequence.BasedSequence url = null;
        if (node instanceof Image image) {
            url = image.getUrl();
        } else if (node instanceof ImageRef ref && ref.getReferenceNode(document) != null) {
            url = ref.getReferenceNode(document).getUrl();
        }
        if (url == null) {
            return null;
        }
        String target = url.unescape();
        return UrlPolicy.allowsImage(target) ? null : target;
    }

    /**
     * Replaces an image by a link to its source whose text is the image's alt text; returns the link. The link keeps
     * the image's place in the source text: a node without it (offset 0) beside the alt text's nodes made flexmark
     * fail when an image sits inside another image's alt text (a fuzzing finding).
     */
    private static Node asLink(Node image, String source) {
        Link link = new Link();
        link.setChars(image.getChars());
        link.setUrl(com.vladsch.flexmark.util.sequence.BasedSequence.of(source));
        Node child = image.getFirstChild();
        while (child != null) {
            Node following = child.getNext();
            child.unlink();
            link.appendChild(child);
            child = following;
        }
        if (link.getFirstChild() == null) {
            link.appendChild(new Text(source));
        }
        image.insertBefore(link);
        image.unlink();
        return link;
    }

    /** Puts the node's children (its text) in its place, or its text for an autolink; returns where the walk goes on. */
    private static Node unwrap(Node node) {
        Node first = null;
        if (node instanceof AutoLink auto) {
            first = new Text(auto.getText());
            node.insertBefore(first);
        } else {
            Node child = node.getFirstChild();
            while (child != null) {
                Node following = child.getNext();
                child.unlink();
                node.insertBefore(child);
                first = first == null ? child : first;
                child = following;
            }
        }
        Node after = next(node, null, true);
        node.unlink();
        return first != null ? first : after;
    }

    /** The next node in document order; {@code skipChildren} to leave the node's subtree out. */
    private static Node next(Node node, Document document, boolean skipChildren) {
        if (!skipChildren && node.getFirstChild() != null) {
            return node.getFirstChild();
        }
        Node n = node;
        while (n != null && n != document && n.getNext() == null) {
            n = n.getParent();
        }
        return n == null || n == document ? null : n.getNext();
    }
}
