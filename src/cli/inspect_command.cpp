#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "cli/commands.hpp"
#include "ingest/corpus_loader.hpp"
#include "ingest/inspect_report.hpp"

namespace framelens::cli {
namespace {

struct InspectConfig {
  std::vector<std::filesystem::path> corpus;
  ingest::IngestOptions ingest;
  std::string format = "text";
};

std::string date_range(const ingest::OutletSummary& outlet) {
  if (outlet.first_date.empty()) {
    return "undated";
  }
  return outlet.first_date == outlet.last_date ? outlet.first_date
                                               : outlet.first_date + " .. " + outlet.last_date;
}

void print_text(const ingest::InspectReport& report, std::ostream& out) {
  out << "corpus " << (report.corpus_name.empty() ? "(unnamed)" : report.corpus_name) << ": "
      << report.documents.size() << " documents, " << report.outlets.size() << " outlets, "
      << report.tokens << " tokens\n\noutlets\n";
  for (const ingest::OutletSummary& outlet : report.outlets) {
    out << "  " << outlet.id;
    if (outlet.name != outlet.id) {
      out << " (" << outlet.name << ")";
    }
    out << ": " << outlet.documents << " documents, " << outlet.tokens << " tokens, "
        << date_range(outlet) << "\n";
  }
  out << "\ndocuments\n";
  for (const ingest::DocumentSummary& doc : report.documents) {
    out << "  " << doc.id << " [" << doc.outlet << "] " << (doc.date.empty() ? "undated" : doc.date)
        << ", " << doc.text_bytes << " bytes, " << doc.tokens << " tokens (" << doc.origin << ")\n";
    for (const Removal& removal : doc.removed) {
      out << "    trimmed " << removal.source_end - removal.source_begin << " bytes at "
          << removal.source_begin << ".." << removal.source_end << " (" << removal.reason << "): \""
          << removal.excerpt << "\"\n";
    }
  }
  out << "\nwarnings (" << report.warnings.size() << ")\n";
  for (const Warning& warning : report.warnings) {
    out << "  " << warning.source << ": " << warning.message << "\n";
  }
  out << "\n" << report.verdict << "\n";
}

nlohmann::ordered_json to_json(const ingest::InspectReport& report) {
  using nlohmann::ordered_json;
  ordered_json root;
  root["corpus"] = report.corpus_name;
  root["usable"] = report.usable;
  root["verdict"] = report.verdict;
  root["tokens"] = report.tokens;
  root["outlets"] = ordered_json::array();
  for (const ingest::OutletSummary& outlet : report.outlets) {
    root["outlets"].push_back({{"id", outlet.id},
                               {"name", outlet.name},
                               {"documents", outlet.documents},
                               {"tokens", outlet.tokens},
                               {"first_date", outlet.first_date},
                               {"last_date", outlet.last_date}});
  }
  root["documents"] = ordered_json::array();
  for (const ingest::DocumentSummary& doc : report.documents) {
    ordered_json removed = ordered_json::array();
    for (const Removal& removal : doc.removed) {
      removed.push_back({{"source_begin", removal.source_begin},
                         {"source_end", removal.source_end},
                         {"reason", removal.reason},
                         {"excerpt", removal.excerpt}});
    }
    root["documents"].push_back({{"id", doc.id},
                                 {"outlet", doc.outlet},
                                 {"source", doc.origin},
                                 {"title", doc.title},
                                 {"date", doc.date},
                                 {"text_bytes", doc.text_bytes},
                                 {"tokens", doc.tokens},
                                 {"removed_bytes", doc.removed_bytes},
                                 {"removed", removed}});
  }
  root["warnings"] = ordered_json::array();
  for (const Warning& warning : report.warnings) {
    root["warnings"].push_back({{"source", warning.source}, {"message", warning.message}});
  }
  return root;
}

}  // namespace

Command add_inspect_command(CLI::App& parent) {
  auto config = std::make_shared<InspectConfig>();
  CLI::App* app = parent.add_subcommand(
      "inspect",
      "Check a corpus: documents and tokens per outlet, what trimming removed, every warning. "
      "Exit 0 when it can be compared, 2 when not.");
  app->add_option("corpus", config->corpus, kCorpusHelp)->required()->check(CLI::ExistingPath);
  app->add_option("--format", config->format, "Output format")
      ->capture_default_str()
      ->check(CLI::IsMember({"text", "json"}));
  add_ingest_flags(*app, config->ingest);

  return {app, [config] {
            const Corpus corpus = ingest::load_corpus(config->corpus, config->ingest);
            const ingest::InspectReport report = ingest::inspect_corpus(corpus);
            if (config->format == "json") {
              std::cout << to_json(report).dump(2) << "\n";
            } else {
              print_text(report, std::cout);
            }
            return report.usable ? kExitOk : kExitBadInput;
          }};
}

}  // namespace framelens::cli
