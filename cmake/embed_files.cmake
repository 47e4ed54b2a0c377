# Writes OUTPUT, a C++ file defining framelens::lexicon::detail::kEmbeddedFiles:
# the name and bytes of every file in INPUTS (names joined by '|'), in the
# given order.
# Bytes are written as hex so any content is safe.
set(body "#include \"lexicon/shipped_lexicons.hpp\"\n\nnamespace framelens::lexicon::detail {\nnamespace {\n")
set(table "")
set(index 0)
string(REPLACE "|" ";" INPUTS "${INPUTS}")
foreach(input IN LISTS INPUTS)
  get_filename_component(name "${input}" NAME)
  file(READ "${input}" hex HEX)
  string(LENGTH "${hex}" hex_length)
  math(EXPR byte_count "${hex_length} / 2")
  string(REGEX REPLACE "([0-9a-f][0-9a-f])" "'\\\\x\\1'," bytes "${hex}")
  string(APPEND body "constexpr char kFile${index}[] = {${bytes} 0};\n")
  string(APPEND table "    EmbeddedFile{\"${name}\", std::string_view(kFile${index}, ${byte_count})},\n")
  math(EXPR index "${index} + 1")
endforeach()
string(APPEND body "}  // namespace\n\nconst std::vector<EmbeddedFile> kEmbeddedFiles = {\n${table}};\n\n}  // namespace framelens::lexicon::detail\n")
file(WRITE "${OUTPUT}" "${body}")
