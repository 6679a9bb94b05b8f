"""Build Supplier Desk as an installable folder, and on Linux its tarball.

    .venv/bin/pip install -e ".[package]" && .venv/bin/python resources/packaging/build.py

1. the translations' .qm files built (python -m ui.i18n_build);
2. PyInstaller runs resources/packaging/supplier-desk.spec: build/dist/supplier-desk/;
3. Linux: the icons drawn from resources/icons/app.svg at the hicolor sizes, the desktop
   entry and install.sh put beside the folder, and all of it packed as
   build/supplier-desk-VERSION-linux-ARCH.tar.gz.

It prints the sizes of the folder and the tarball. Windows and macOS: see README.md here.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tarfile
from importlib.metadata import version
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
BUILD = ROOT / "build"
NAME = "supplier-desk"
ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--no-tarball", action="store_true", help="only the folder")
    args = parser.parse_args(argv)
    run([sys.executable, "-m", "ui.i18n_build"])
    run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level=WARN",
            "--distpath",
            str(BUILD / "dist"),
            "--workpath",
            str(BUILD / "work"),
            str(HERE / f"{NAME}.spec"),
        ]
    )
    folder = BUILD / "dist" / NAME
    print(f"bundle: {folder} ({megabytes(size_of(folder))})")
    if sys.platform.startswith("linux") and not args.no_tarball:
        tarball = linux_tarball(folder)
        print(f"tarball: {tarball} ({megabytes(tarball.stat().st_size)})")
    return 0


def run(command: list[str]) -> None:
    print("+", " ".join(command), flush=True)
    subprocess.run(command, cwd=ROOT, check=True)


def linux_tarball(folder: Path) -> Path:
    """NAME-VERSION-linux-ARCH/ with the program folder, share/ (the desktop entry, the
    icons) and install.sh, packed."""
    stem = f"{NAME}-{version(NAME)}-linux-{platform.machine()}"
    staging = BUILD / stem
    if staging.exists():
        shutil.rmtree(staging)
    shutil.copytree(folder, staging / NAME, symlinks=True)
    share = staging / "share"
    (share / "applications").mkdir(parents=True)
    shutil.copy2(HERE / "linux" / f"{NAME}.desktop", share / "applications")
    draw_icons(share / "icons" / "hicolor")
    for script in ("install.sh",):
        shutil.copy2(HERE / "linux" / script, staging / script)
        (staging / script).chmod(0o755)
    shutil.copy2(HERE / "linux" / "README.txt", staging / "README.txt")
    tarball = BUILD / f"{stem}.tar.gz"
    with tarfile.open(tarball, "w:gz") as tar:
        tar.add(staging, arcname=stem)
    return tarball


def draw_icons(hicolor: Path) -> None:
    """The application icon at each hicolor size (PNG), and the SVG as the scalable one."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    source = ROOT / "resources" / "icons" / "app.svg"
    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(source))
    for size in ICON_SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        target = hicolor / f"{size}x{size}" / "apps" / f"{NAME}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(target)):
            raise OSError(f"cannot write {target}")
    scalable = hicolor / "scalable" / "apps" / f"{NAME}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy2(source, scalable)


def size_of(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def megabytes(size: int) -> str:
    return f"{size / 1_000_000:.0f} MB"


if __name__ == "__main__":
    sys.exit(main())
