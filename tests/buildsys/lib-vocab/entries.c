/* Three entries in the section that vocab.ld places in the image. */
#include <vocab/vocab.h>

VOCAB_ENTRY(alpha);
VOCAB_ENTRY(beta);
VOCAB_ENTRY(gamma);
