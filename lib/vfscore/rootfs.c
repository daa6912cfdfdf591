/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Mounting the root filesystem at boot (rootfs init level), as chosen
 * in menuconfig and overridable on the command line:
 *   vfs.rootfs=<ramfs|9pfs|initrd|name> vfs.rootdev=<dev>
 *   vfs.rootflags=<MS_* flags> vfs.rootopts=<options string>
 * "initrd" mounts a ramfs and unpacks the boot loader's initrd (a cpio
 * newc archive) into it. Failure stops the boot.
 */
#include <errno.h>
#include <string.h>
#include <uk/config.h>
#include <uk/init.h>
#include <uk/libparam.h>
#include <uk/print.h>
#include <uk/plat/memory.h>
#include <vfscore/mount.h>
#if CONFIG_LIBUKCPIO
#include <uk/cpio.h>
#endif

static char *rootfs = CONFIG_LIBVFSCORE_ROOTFS;
static char *rootdev = CONFIG_LIBVFSCORE_ROOTDEV;
static char *rootopts = CONFIG_LIBVFSCORE_ROOTOPTS;
static __u64 rootflags = CONFIG_LIBVFSCORE_ROOTFLAGS;

UK_LIB_PARAM_STR(rootfs);
UK_LIB_PARAM_STR(rootdev);
UK_LIB_PARAM_STR(rootopts);
UK_LIB_PARAM(rootflags, __u64);

#if CONFIG_LIBUKCPIO
static int mount_initrd(void)
{
	struct ukplat_memregion_desc mrd;
	int rc;

	if (ukplat_memregion_find_next(-1, UKPLAT_MEMRF_INITRD,
				       UKPLAT_MEMRF_INITRD, &mrd) < 0) {
		uk_pr_crit("vfs.rootfs=initrd: the boot loader passed no "
			   "initrd (QEMU: -initrd archive.cpio; linuxu: "
			   "linuxu.initrd=archive.cpio)\n");
		return -ENOENT;
	}
	rc = vfscore_mount("", "/", "ramfs", rootflags, rootopts);
	if (rc)
		return rc;
	uk_pr_info("Extracting initrd @ %p (%lu bytes) to /\n", mrd.base,
		   (unsigned long)mrd.len);
	rc = ukcpio_extract("/", mrd.base, mrd.len);
	if (rc)
		uk_pr_crit("Failed to extract the initrd: %s (%d)\n",
			   ukcpio_strerror(rc), rc);
	return rc;
}
#else
static int mount_initrd(void)
{
	uk_pr_crit("vfs.rootfs=initrd: this image has no cpio support "
		   "(select LIBVFSCORE_ROOTFS_INITRD or LIBUKCPIO)\n");
	return -ENOTSUP;
}
#endif

static int vfscore_automount_rootfs(void)
{
	int rc;

	if (!rootfs || !*rootfs) {
		uk_pr_info("No root filesystem to mount (vfs.rootfs empty)\n");
		return 0;
	}
	if (!strcmp(rootfs, "initrd"))
		rc = mount_initrd();
	else
		rc = vfscore_mount(rootdev, "/", rootfs, rootflags, rootopts);
	if (rc) {
		uk_pr_crit("Failed to mount /: %d\n", -rc);
		return rc;
	}
	return 0;
}

#if CONFIG_LIBVFSCORE_AUTOMOUNT_ROOTFS
uk_rootfs_initcall_prio(vfscore_automount_rootfs, 0);
#endif
