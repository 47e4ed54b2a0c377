#include "report/html_escape.hpp"

#include <catch2/catch.hpp>

using namespace framelens;

TEST_CASE("escape_html escapes markup and both quote kinds", "[report]") {
  CHECK(report::escape_html("<script>alert(\"x\")</script> & 'y'") ==
        "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;");
  CHECK(report::escape_html("Saltmere – ceasefire") == "Saltmere – ceasefire");
}

TEST_CASE("only absolute http and https URLs may become links", "[report]") {
  CHECK(report::is_safe_link("https://example.org/a?b=1&c=2"));
  CHECK(report::is_safe_link("HTTP://EXAMPLE.ORG/"));
  CHECK_FALSE(report::is_safe_link("javascript:alert(1)"));
  CHECK_FALSE(report::is_safe_link("JavaScript:alert(1)"));
  CHECK_FALSE(report::is_safe_link(" https://example.org"));
  CHECK_FALSE(report::is_safe_link("https://example.org/a b"));
  CHECK_FALSE(report::is_safe_link("data:text/html,<b>x</b>"));
  CHECK_FALSE(report::is_safe_link("//example.org/x"));
  CHECK_FALSE(report::is_safe_link("https://"));
  CHECK_FALSE(report::is_safe_link(""));
}

TEST_CASE("marked_html wraps marks and escapes text inside and around them", "[report]") {
  CHECK(report::marked_html("the <regime> fell", {{4, 12}}) ==
        "the <mark>&lt;regime&gt;</mark> fell");
  CHECK(report::marked_html("a b c", {{0, 1}, {4, 5}}) == "<mark>a</mark> b <mark>c</mark>");
  SECTION("marks past the end or overlapping are dropped") {
    CHECK(report::marked_html("abc", {{1, 2}, {1, 3}, {2, 9}}) == "a<mark>b</mark>c");
  }
}

TEST_CASE("shorten counts characters, not bytes", "[report]") {
  CHECK(report::shorten("Veskaria", 20) == "Veskaria");
  CHECK(report::shorten("Veskaria", 4) == "Vesk…");
  CHECK(report::shorten("ÄÖÜäöü", 3) == "ÄÖÜ…");
}

TEST_CASE("base64 follows RFC 4648 test vectors", "[report]") {
  CHECK(report::base64("") == "");
  CHECK(report::base64("f") == "Zg==");
  CHECK(report::base64("fo") == "Zm8=");
  CHECK(report::base64("foo") == "Zm9v");
  CHECK(report::base64("foob") == "Zm9vYg==");
  CHECK(report::base64("fooba") == "Zm9vYmE=");
  CHECK(report::base64("foobar") == "Zm9vYmFy");
  CHECK(report::base64(std::string("\xff\xfe\x00", 3)) == "//4A");
}
