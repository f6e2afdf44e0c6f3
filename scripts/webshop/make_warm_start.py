"""Make the bundled WebShop warm start (`--warm_start bundled`, the example's default model), offline, on CPU.

    python scripts/webshop/make_warm_start.py  # -> src/sdar_trl_examples/data/models/webshop_clone (about 25 min)

Runs `examples/train_webshop.py --warm_start clone --warm_start_only true` with the example's cloning defaults (a
local model whose tokenizer is trained on the bundled shop's text, 800 copy warm-up steps, then behaviour cloning on
the scripted expert's purchases of 200 training goals for 3 epochs), then copies the model, its tokenizer and its
`warm_start.json` into the package (`sdar_trl_examples.export_warm_start`). The cloning takes longer than the
10 minutes the example may take, so it is done once, here, and shipped. On the CPU in one process with fixed seeds
it is deterministic on one machine; other machines and torch builds may differ in the last bits.
"""

from __future__ import annotations

import argparse
import subprocess
import tempfile
from pathlib import Path

from sdar_trl_examples import export_warm_start


ROOT = Path(__file__).resolve().parents[2]
BUNDLED_MODEL = ROOT / "src" / "sdar_trl_examples" / "data" / "models" / "webshop_clone"
COMMAND = ["examples/train_webshop.py", "--warm_start", "clone", "--warm_start_only", "true"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=BUNDLED_MODEL)
    parser.add_argument("--work_dir", type=Path, default=None, help="kept when given (default: a temporary folder)")
    args = parser.parse_args()
    work = args.work_dir or Path(tempfile.mkdtemp(prefix="webshop-warm-start-"))
    command = ["accelerate", "launch", "--num_processes", "1", *COMMAND]
    print("+", " ".join(command), flush=True)
    subprocess.run([*command, "--output_dir", str(work), "--report_to", "none"], check=True, cwd=ROOT)
    export_warm_start(
        work / "bc-model",
        args.out,
        made_by="python scripts/webshop/make_warm_start.py",
        command=" ".join(["accelerate launch", *COMMAND]),
    )
    print(f"warm start -> {args.out}")


if __name__ == "__main__":
    main()
