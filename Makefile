# SPDX-License-Identifier: BSD-3-Clause
#
# Build entry of the SDK:
#   make -C <root> A=<app> L=<lib>:<lib> [O=<builddir>] [C=<config>] [target]
# `make help` lists targets and variables; doc/build-system.md explains the
# Makefile.uk vocabulary.

MAKEFLAGS += --no-builtin-rules --no-builtin-variables
.SUFFIXES:
.DEFAULT_GOAL := all
SHELL := /bin/bash

UK_BASE := $(patsubst %/,%,$(dir $(realpath $(lastword $(MAKEFILE_LIST)))))
CONFIG_UK_BASE := $(UK_BASE)
include $(UK_BASE)/version.mk
UK_FULLVERSION := $(UK_VERSION).$(UK_SUBVERSION).$(UK_EXTRAVERSION)
SCRIPTS_DIR := $(UK_BASE)/support/scripts
UK_CACHEDIR ?= $(or $(XDG_CACHE_HOME),$(HOME)/.cache)/uk-sdk
export UK_CACHEDIR

ifeq ($(V),1)
Q :=
else
Q := @
endif

uk_err = $(error $(1))

# --- A (application) ----------------------------------------------------
A ?=
ifneq ($(strip $(A)),)
APP_DIR := $(realpath $(A))
ifeq ($(APP_DIR),)
$(call uk_err,A=$(A): no such directory; point A= at an application directory (one holding Makefile.uk))
endif
ifeq ($(wildcard $(APP_DIR)/Makefile.uk),)
$(call uk_err,A=$(A): $(APP_DIR) has no Makefile.uk; an application needs one (see doc/build-system.md))
endif
UK_APP_NAME := $(notdir $(APP_DIR))
else
APP_DIR :=
UK_APP_NAME := unikraft
endif

# --- L (external libraries, colon or space separated) --------------------
L ?=
ELIB_DIRS :=
$(foreach l,$(subst :, ,$(L)),\
	$(if $(realpath $(l)),,$(call uk_err,L=...$(l): no such directory; check the path in L= (or UK_LIBS and LIBS in the app's Makefile)))\
	$(if $(wildcard $(realpath $(l))/Makefile.uk),,$(call uk_err,L=...$(l): $(realpath $(l)) has no Makefile.uk; an external library needs Makefile.uk and Config.uk))\
	$(if $(wildcard $(realpath $(l))/Config.uk),,$(call uk_err,L=...$(l): $(realpath $(l)) has no Config.uk; an external library needs Makefile.uk and Config.uk))\
	$(eval ELIB_DIRS += $(realpath $(l))))

# --- O (build directory) and C (configuration file) -----------------------
ifneq ($(strip $(O)),)
BUILD_DIR := $(abspath $(O))
else ifneq ($(APP_DIR),)
BUILD_DIR := $(APP_DIR)/build
else
BUILD_DIR := $(UK_BASE)/build
endif
ifneq ($(strip $(C)),)
UK_CONFIG := $(abspath $(C))
else ifneq ($(APP_DIR),)
UK_CONFIG := $(APP_DIR)/.config
else
UK_CONFIG := $(UK_BASE)/.config
endif
KCONFIG_DIR := $(BUILD_DIR)/kconfig
UK_CONFIG_H := $(BUILD_DIR)/include/uk/config.h

# Targets that need no synced configuration
KCONFIG_GOALS := menuconfig nconfig oldconfig olddefconfig defconfig \
	savedefconfig allnoconfig
NOCONFIG_GOALS := help clean properclean distclean print-version \
	$(KCONFIG_GOALS) $(filter clean-%,$(MAKECMDGOALS))
ifneq ($(MAKECMDGOALS),)
ifeq ($(filter-out $(NOCONFIG_GOALS),$(MAKECMDGOALS)),)
UK_NOCONFIG := y
endif
endif

include $(UK_BASE)/support/build/Makefile.rules
include $(UK_BASE)/support/build/Makefile.kconfig
include $(UK_BASE)/support/build/Makefile.help
include $(UK_BASE)/support/build/Makefile.clean

ifneq ($(UK_NOCONFIG),y)
# The configuration Makefile.kconfig has just synced
include $(KCONFIG_AUTOCONF)
include $(UK_BASE)/support/build/Makefile.toolchain
include $(UK_BASE)/support/build/Makefile.build
endif

.PHONY: all fetch prepare help clean properclean distclean print-vars \
	print-libs print-version
