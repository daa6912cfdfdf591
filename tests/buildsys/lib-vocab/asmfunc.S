/* Assembly source with library ASFLAGS. */
#include <uk/config.h>
	.text
	.globl vocab_asm
	.type vocab_asm, %function
vocab_asm:
#ifdef CONFIG_ARCH_X86_64
	movl $VOCAB_ASM_VALUE, %eax
	ret
#else
	mov w0, #VOCAB_ASM_VALUE
	ret
#endif
