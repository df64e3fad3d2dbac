package dev.bscportal.core.render;

import com.vladsch.flexmark.ast.AutoLink;
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
 * writes the {@code href}; the policy sees that decoded text. Walks the tree without recursion, so a deep
 * document cannot overflow the stack here.
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
