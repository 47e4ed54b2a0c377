#include "compare/resampling.hpp"

namespace framelens::compare {

Rng make_rng(std::uint64_t seed, const std::string& stream) {
  std::uint64_t hash = 14695981039346656037ULL;
  for (const char c : stream) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 1099511628211ULL;
  }
  std::seed_seq sequence{static_cast<std::uint32_t>(seed), static_cast<std::uint32_t>(seed >> 32),
                         static_cast<std::uint32_t>(hash), static_cast<std::uint32_t>(hash >> 32)};
  return Rng(sequence);
}

void add_row(const SparseRows& counts, std::size_t d, Eigen::MatrixXd& sums, Eigen::Index g) {
  for (SparseRows::InnerIterator it(counts, static_cast<Eigen::Index>(d)); it; ++it) {
    sums(g, it.col()) += it.value();
  }
}

Eigen::MatrixXd sum_rows(const SparseRows& counts,
                         const std::vector<std::vector<std::size_t>>& documents) {
  Eigen::MatrixXd sums =
      Eigen::MatrixXd::Zero(static_cast<Eigen::Index>(documents.size()), counts.cols());
  for (std::size_t g = 0; g < documents.size(); ++g) {
    for (const std::size_t d : documents[g]) {
      add_row(counts, d, sums, static_cast<Eigen::Index>(g));
    }
  }
  return sums;
}

OutletBootstrap::OutletBootstrap(const SparseRows& counts, const Eigen::VectorXd& tokens,
                                 const std::vector<std::vector<std::size_t>>& documents,
                                 const std::vector<std::string>& outlet_ids, std::uint64_t seed)
    : counts_(counts), tokens_(tokens), documents_(documents) {
  for (const std::string& id : outlet_ids) {
    engines_.push_back(make_rng(seed, "bootstrap/" + id));
  }
}

void OutletBootstrap::next(Eigen::MatrixXd& sums, Eigen::VectorXd& tokens) {
  sums.setZero(static_cast<Eigen::Index>(documents_.size()), counts_.cols());
  tokens.setZero(static_cast<Eigen::Index>(documents_.size()));
  for (std::size_t g = 0; g < documents_.size(); ++g) {
    const auto& docs = documents_[g];
    const auto row = static_cast<Eigen::Index>(g);
    for (std::size_t k = 0; k < docs.size(); ++k) {
      const std::size_t d = docs[draw_index(engines_[g], docs.size())];
      add_row(counts_, d, sums, row);
      tokens(row) += tokens_(static_cast<Eigen::Index>(d));
    }
  }
}

}  // namespace framelens::compare
