#define ORIGIN_STATE "unpatched"
