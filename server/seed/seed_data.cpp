#include "server/seed/seed_data.h"
