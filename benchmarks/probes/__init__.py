"""Child programs that benchmarks time as whole processes; each prints one line when done."""
