# SPDX-License-Identifier: BSD-3-Clause
#
# Included by an application's Makefile once it has set UK_ROOT, UK_LIBS
# and LIBS: forwards every goal to the SDK's Makefile in one sub-make.
# That make runs in UK_ROOT, so the paths a user gives relative to the
# application directory (LIBS, O, C, DEFCONFIG; `~/` too) are made absolute
# here. UK_ROOT, UK_LIBS and LIBS are the application's own names: a value
# given on the command line would otherwise reach the SDK's make through
# MAKEFLAGS, so they are not passed on.

uk_app_abs = $(abspath $(patsubst ~/%,$(HOME)/%,$(1)))
uk_app_empty :=
uk_app_space := $(uk_app_empty) $(uk_app_empty)
UK_APP_LIBDIRS := $(foreach l,$(subst :, ,$(LIBS)),$(call uk_app_abs,$(l)))
UK_APP_ARGS := A=$(CURDIR) L=$(subst $(uk_app_space),:,$(UK_APP_LIBDIRS)) \
	$(foreach v,O C DEFCONFIG,$(if $(strip $($(v))),$(v)=$(call \
		uk_app_abs,$($(v)))))
MAKEOVERRIDES := $(filter-out UK_ROOT=% UK_LIBS=% LIBS=%,$(MAKEOVERRIDES))

all $(MAKECMDGOALS): .uk-forward
	@:

.uk-forward:
	@$(MAKE) -C $(UK_ROOT) $(UK_APP_ARGS) $(MAKECMDGOALS)

.PHONY: all $(MAKECMDGOALS) .uk-forward
