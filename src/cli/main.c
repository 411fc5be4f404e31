/* main.c — placeholder entry point replaced by the CLI stage. */
#include <stdio.h>
#include "eventline.h"
int main(void) { printf("eventline %s\n", EL_VERSION); return 0; }
