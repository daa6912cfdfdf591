/* Origin source of the vocab test library: the patch changes the text. */
#include "origin.h"

const char *vocab_origin(void)
{
	return ORIGIN_STATE;
}
