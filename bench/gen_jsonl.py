#!/usr/bin/env python3
"""Writes N seeded random systems as JSON Lines (the batch benchmark's input).

usage: gen_jsonl.py N SEED OUT.jsonl

Types, ranges and payloads are spread across every kind of term of the shipped revisions
(range and payload caps, the 2012 trade-off curve, thresholds, impulse caps), with units mixed
as people write them, so every rule fires somewhere. Same N and SEED, same bytes.
"""
import json
import random
import sys


def main():
    n, seed, out = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
    rnd = random.Random(seed)
    types = ["ballistic-missile", "ballistic-missile", "cruise-missile", "uav", "space-launch-vehicle"]
    propellants = ["solid", "liquid", "hybrid"]
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        for i in range(n):
            kind = rnd.choice(types)
            system = {"name": f"system-{i}", "type": kind}
            if kind != "space-launch-vehicle" or rnd.random() < 0.5:
                km = rnd.randint(50, 2000)
                system["range"] = f"{km} km" if rnd.random() < 0.8 else f"{km * 1000} m"
                kg = rnd.randint(0, 3000)
                system["payload"] = f"{kg} kg" if rnd.random() < 0.8 else kg
            if kind == "space-launch-vehicle" or rnd.random() < 0.2:
                system["propellant"] = rnd.choice(propellants)
                system["total_impulse"] = f"{rnd.randint(100_000, 2_000_000)} lbf*s"
            f.write(json.dumps(system, separators=(",", ":")) + "\n")


if __name__ == "__main__":
    main()
