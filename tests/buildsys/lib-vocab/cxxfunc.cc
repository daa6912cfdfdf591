// C++ source with library CXXFLAGS.
extern "C" int vocab_cxx(void);

namespace {
constexpr int value() { return VOCAB_CXX_VALUE; }
}

extern "C" int vocab_cxx(void)
{
	return value();
}
