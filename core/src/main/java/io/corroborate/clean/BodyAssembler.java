package io.corroborate.clean;

import io.corroborate.model.BlockKind;
import io.corroborate.model.CreditLine;
import io.corroborate.model.OffsetMap;
import io.corroborate.model.RemovedBlock;
import io.corroborate.model.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Joins the blocks of reporting into a body (paragraphs separated by a blank line) with the map
 * back to the text, and lists the furniture blocks with their kinds. Credit lines are collected for
 * provenance whether they stood alone or opened a paragraph.
 */
final class BodyAssembler {

  static final String PARAGRAPH_SEPARATOR = "\n\n";

  final StringBuilder body = new StringBuilder();
  final OffsetMap.Builder map = OffsetMap.builder();
  final List<RemovedBlock> removed = new ArrayList<>();
  final List<CreditLine> credits = new ArrayList<>();

  /** Adds every block with its kind (null for reporting). */
  BodyAssembler addAll(List<Block> blocks, List<BlockKind> kinds) {
    for (int i = 0; i < blocks.size(); i++) {
      add(blocks.get(i), kinds.get(i));
    }
    return this;
  }

  void add(Block block, BlockKind kind) {
    Span span = block.span();
    if (kind == null) {
      if (body.length() == 0) {
        CreditLine dateline = CreditLines.agencyDateline(block.text(), 0);
        if (dateline != null) {
          Span inText = block.map().toOriginal(dateline.span());
          credits.add(
              new CreditLine(inText, dateline.text(), dateline.creditedTo(), dateline.type()));
        }
      }
      if (body.length() > 0) {
        body.append(PARAGRAPH_SEPARATOR);
      }
      map.append(block.map(), body.length());
      body.append(block.text());
      return;
    }
    removed.add(new RemovedBlock(span.start(), span.end(), kind));
    if (kind == BlockKind.CREDIT_LINE) {
      CreditLine c = CreditLines.parseLine(block.text(), span.start());
      if (c != null) {
        credits.add(new CreditLine(span, c.text(), c.creditedTo(), c.type()));
      }
    }
  }

  String bodyText() {
    return body.toString();
  }

  OffsetMap bodyMap() {
    return map.build(body.length());
  }
}
