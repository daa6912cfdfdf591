/* Compiled twice (|one and |two) with different per-variant flags. */
int VARIANT_FN(void)
{
	return VARIANT_VAL;
}
