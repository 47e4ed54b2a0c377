#include "compare/events.hpp"

#include <catch2/catch.hpp>

using namespace framelens::compare;

TEST_CASE("dates fall in ISO weeks and months", "[compare]") {
  CHECK(window_of("2015-10-27", "month") == "2015-10");
  CHECK(window_of("2015-10-27", "week") == "2015-W44");
  CHECK(window_of("2021-01-03", "week") == "2020-W53");  // Sunday of 2020's last week
  CHECK(window_of("2019-12-30", "week") == "2020-W01");  // Monday of 2020's first week
  CHECK(window_of("", "week").empty());
  CHECK_THROWS(window_of("2015-10-27", "year"));
}

TEST_CASE("pooled event divergence weights events by tokens", "[compare]") {
  // Two outlets, two events. Event e1: identical; event e2: disjoint.
  Eigen::SparseMatrix<double, Eigen::RowMajor> terms(4, 2);
  terms.insert(0, 0) = 1;
  terms.insert(1, 0) = 1;
  terms.insert(2, 0) = 1;
  terms.insert(3, 1) = 1;
  Eigen::SparseMatrix<double, Eigen::RowMajor> categories(4, 1);
  Eigen::VectorXd tokens(4);
  tokens << 100, 100, 10, 10;
  DatedCounts docs;
  docs.terms = &terms;
  docs.categories = &categories;
  docs.tokens = &tokens;
  docs.outlet_of = {0, 1, 0, 1};
  docs.event = {"e1", "e1", "e2", "e2"};
  docs.date = {"", "", "", ""};
  docs.outlets = 2;
  const EventsFigures figures = compare_events(docs);
  REQUIRE(figures.events.size() == 2);
  CHECK(figures.events[0].jsd[0][1] == Approx(0.0).margin(1e-12));
  CHECK(figures.events[1].jsd[0][1] == Approx(1.0));
  CHECK(figures.pooled_jsd[0][1] == Approx(20.0 / 220.0));
  CHECK(figures.pooled_jsd[1][0] == Approx(figures.pooled_jsd[0][1]));
}
