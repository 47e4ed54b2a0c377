#include "report/csv_report.hpp"

#include <catch2/catch.hpp>
#include <sstream>
#include <stdexcept>

using namespace framelens;

TEST_CASE("CSV fields are quoted as RFC 4180 requires", "[report]") {
  CHECK(report::csv_field("plain") == "plain");
  CHECK(report::csv_field("a,b") == "\"a,b\"");
  CHECK(report::csv_field("say \"no\"") == "\"say \"\"no\"\"\"");
  CHECK(report::csv_field("two\nlines") == "\"two\nlines\"");
  CHECK(report::csv_field(" padded") == "\" padded\"");
  CHECK(report::csv_field("") == "");
}

TEST_CASE("CSV numbers have fixed decimals and no negative zero", "[report]") {
  CHECK(report::csv_number(1.0 / 3.0) == "0.333333");
  CHECK(report::csv_number(-0.0000001) == "0.000000");
  CHECK(report::csv_number(2.5, 2) == "2.50");
  CHECK(report::csv_number(std::numeric_limits<double>::quiet_NaN()) == "");
}

TEST_CASE("CSV tables have a header, LF line ends and equal-length rows", "[report]") {
  report::CsvTable table({"a", "b"});
  table.add_row({"1", "x,y"});
  CHECK(table.render() == "a,b\n1,\"x,y\"\n");
  CHECK_THROWS_AS(table.add_row({"only one"}), std::invalid_argument);
}

TEST_CASE("matrix CSV has outlet ids as header row and first column", "[report]") {
  Eigen::MatrixXd m(2, 2);
  m << 1.0, 0.5, 0.5, 1.0;
  CHECK(report::matrix_csv({"a", "b,c"}, m) ==
        "outlet,a,\"b,c\"\na,1.000000,0.500000\n\"b,c\",0.500000,1.000000\n");
}

TEST_CASE("matches.csv names the document and outlet of each match", "[report]") {
  report::ReportInput input;
  input.documents.push_back({"doc \"1\"", "alpha", "", "", "", "x.txt"});
  input.matches.entries.push_back({"t", "option", "naming/regime", "regime"});
  input.matches.speakers = {"t/kerry"};
  input.matches.records.push_back({0, 0, 7, 13, 2, "quoted", 0});
  input.matches.records.push_back({0, 0, 20, 26, 3, "scare-quoted"});
  CHECK(report::render_matches_csv(input) ==
        "document,outlet,lexicon,kind,entry,term,start,end,sentence,voice,speaker\n"
        "\"doc \"\"1\"\"\",alpha,t,option,naming/regime,regime,7,13,2,quoted,t/kerry\n"
        "\"doc \"\"1\"\"\",alpha,t,option,naming/regime,regime,20,26,3,scare-quoted,\n");
}

TEST_CASE("a CSV table with a sink writes the same bytes, 64 KB at a time", "[report]") {
  std::ostringstream sink;
  report::CsvTable streamed({"n", "text"}, &sink);
  report::CsvTable held({"n", "text"});
  for (int i = 0; i < 5000; ++i) {  // about 150 KB: several flushes
    const std::vector<std::string> row = {std::to_string(i), "a \"quoted\", long-ish cell"};
    streamed.add_row(row);
    held.add_row(row);
  }
  CHECK(sink.str().size() < held.render().size());  // the rest waits for flush()
  CHECK(sink.str().size() > 64 * 1024);             // but most has been passed on
  streamed.flush();
  CHECK(sink.str() == held.render());
}
