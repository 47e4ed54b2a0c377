#include "ingest/inspect_report.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "ingest/document_builder.hpp"
#include "tokenise/tokeniser.hpp"

namespace framelens::ingest {

InspectReport inspect_corpus(const Corpus& corpus) {
  InspectReport report;
  report.corpus_name = corpus.name;
  report.warnings = corpus.warnings;
  for (const Outlet& outlet : corpus.outlets) {
    report.outlets.push_back({outlet.id, outlet.name, 0, 0, "", ""});
  }
  for (const Document& doc : corpus.documents) {
    DocumentSummary summary;
    summary.id = doc.id;
    summary.outlet = doc.outlet;
    summary.origin = document_origin(doc);
    summary.title = doc.title;
    summary.date = doc.date;
    summary.text_bytes = doc.text.size();
    summary.tokens = tokenise::tokenise(doc.text).tokens.size();
    summary.removed = doc.removed;
    for (const Removal& removal : doc.removed) {
      summary.removed_bytes += removal.source_end - removal.source_begin;
    }
    report.tokens += summary.tokens;

    auto found = std::find_if(report.outlets.begin(), report.outlets.end(),
                              [&](const OutletSummary& outlet) { return outlet.id == doc.outlet; });
    if (found == report.outlets.end()) {
      report.outlets.push_back({doc.outlet, doc.outlet, 0, 0, "", ""});
      found = std::prev(report.outlets.end());
    }
    OutletSummary& outlet = *found;
    ++outlet.documents;
    outlet.tokens += summary.tokens;
    // ISO 8601 dates order as strings.
    if (!doc.date.empty()) {
      if (outlet.first_date.empty() || doc.date < outlet.first_date) {
        outlet.first_date = doc.date;
      }
      if (outlet.last_date.empty() || doc.date > outlet.last_date) {
        outlet.last_date = doc.date;
      }
    }
    report.documents.push_back(std::move(summary));
  }

  std::size_t outlets_with_documents = 0;
  for (const OutletSummary& outlet : report.outlets) {
    outlets_with_documents += outlet.documents > 0 ? 1 : 0;
  }
  report.usable = outlets_with_documents >= 2;
  report.verdict =
      report.usable
          ? fmt::format("usable: {} documents from {} outlets", report.documents.size(),
                        outlets_with_documents)
          : fmt::format("not usable: documents from {} outlet(s); a comparison needs at least two",
                        outlets_with_documents);
  return report;
}

}  // namespace framelens::ingest
