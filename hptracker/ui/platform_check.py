"""Can Qt show a window here? If not, say exactly what to install (Linux).

Qt 6's xcb platform plugin needs libxcb-cursor0 and other xcb libraries that a minimal Debian lacks;
without them Qt aborts with a cryptic message. We read the plugin's missing shared libraries with
``ldd`` and map them to Debian package names, and print the install line that works as it is for
whoever runs it: no ``sudo`` for root (a container often has none), ``sudo`` for a user who has it,
``su -c`` otherwise; the package lists are updated first (a fresh system has none) and ``-y`` keeps
apt from asking. Run as a module it explains (``make run``) or installs (before the tests):

    python -m hptracker.ui.platform_check [--platform xcb|offscreen] [--explain | --install]
"""

from __future__ import annotations

import argparse
import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

from ..core.i18n import translate

# shared library → Debian package
DEBIAN_PACKAGES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxcb-xinput.so.0": "libxcb-xinput0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb.so.1": "libxcb1",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libX11.so.6": "libx11-6",
    "libSM.so.6": "libsm6",
    "libICE.so.6": "libice6",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libOpenGL.so.0": "libopengl0",
    "libGLX.so.0": "libglx0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libcups.so.2": "libcups2",
}


def _qt_dir() -> Path | None:
    try:
        import PySide6
    except ImportError:
        return None
    return Path(PySide6.__file__).parent / "Qt"


def missing_libraries(platform: str = "xcb") -> list[str]:
    """Shared libraries the Qt platform plugin (and Qt Gui/Widgets/PrintSupport) cannot find."""
    if not sys.platform.startswith("linux") or shutil.which("ldd") is None:
        return []
    qt = _qt_dir()
    if qt is None:
        return []
    plugin = qt / "plugins" / "platforms" / f"libq{platform}.so"
    candidates = [
        plugin,
        *sorted((qt / "lib").glob("libQt6Gui.so*"))[:1],
        *sorted((qt / "lib").glob("libQt6Widgets.so*"))[:1],
        *sorted((qt / "lib").glob("libQt6PrintSupport.so*"))[:1],
    ]
    if platform == "xcb":
        candidates += sorted((qt / "lib").glob("libQt6XcbQpa.so*"))[:1]
    missing: list[str] = []
    for library in candidates:
        if not library.exists():
            continue
        result = subprocess.run(["ldd", str(library)], capture_output=True, text=True, check=False)
        for line in result.stdout.splitlines():
            if "not found" in line:
                name = line.split("=>")[0].strip()
                if name not in missing:
                    missing.append(name)
    return missing


def packages_for(libraries: list[str]) -> list[str]:
    packages = []
    for library in libraries:
        package = DEBIAN_PACKAGES.get(library, library)
        if package not in packages:
            packages.append(package)
    return packages


def install_command(packages: list[str]) -> str:
    """The shell line that installs ``packages`` on Debian/Ubuntu, for the user running it now."""
    names = " ".join(packages)
    if os.geteuid() == 0:
        return f"apt-get update && apt-get install -y {names}"
    if shutil.which("sudo"):
        return f"sudo apt-get update && sudo apt-get install -y {names}"
    return "su -c " + shlex.quote(f"apt-get update && apt-get install -y {names}")


def apt_line(platform: str = "xcb") -> str | None:
    packages = packages_for(missing_libraries(platform))
    if not packages:
        return None
    return install_command(packages)


def without_a_window() -> str:
    """What works here without a window: the command line, and pictures of the window."""
    return translate(
        "PlatformCheck",
        "Without a desktop, use the command line (hptracker --help), e.g. hptracker list followups or "
        "hptracker export status.xlsx; make screenshots draws the window into PNG files.",
    )


def explain_missing_display() -> str | None:
    """One plain paragraph when the window cannot open here, else None."""
    if not sys.platform.startswith("linux"):
        return None
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform.startswith(("offscreen", "minimal", "vnc")):
        return None
    if platform.startswith("wayland") or (not platform and os.environ.get("WAYLAND_DISPLAY")):
        return None
    line = apt_line("xcb")
    if line:
        return translate(
            "PlatformCheck", "hptracker: Qt cannot open a window because some system libraries are missing. Install them with:\n    {line}"
        ).format(line=line)
    if not os.environ.get("DISPLAY"):
        return (
            translate(
                "PlatformCheck",
                "hptracker: the window needs a desktop session (a graphical login, or X11 "
                "forwarding with ssh -X); none was found here (DISPLAY is not set).",
            )
            + "\n"
            + without_a_window()
        )
    return None


def install(platform: str) -> int:
    packages = packages_for(missing_libraries(platform))
    if not packages:
        return 0
    if os.geteuid() != 0 or shutil.which("apt-get") is None:
        print("Qt needs these system packages: " + " ".join(packages), file=sys.stderr)
        print(f"Install them with: {install_command(packages)}", file=sys.stderr)
        return 1
    print("Installing system libraries Qt needs: " + " ".join(packages))
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    subprocess.run(["apt-get", "update", "-qq"], check=False, env=env)
    return subprocess.run(["apt-get", "install", "-y", "-qq", *packages], check=False, env=env).returncode


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--platform", default="xcb", choices=["xcb", "offscreen"])
    parser.add_argument("--install", action="store_true")
    parser.add_argument("--explain", action="store_true", help="say in full why the window cannot open here and what to do (make run)")
    args = parser.parse_args(argv)
    if args.install:
        return install(args.platform)
    if args.explain:
        problem = explain_missing_display() if args.platform == "xcb" else None
        if problem is None and args.platform != "xcb":
            line = apt_line(args.platform)
            problem = line and translate("PlatformCheck", "Install the missing libraries with:\n    {line}").format(line=line)
        if problem:
            print(problem)
            return 1
        return 0
    line = apt_line(args.platform)
    if line:
        print(line)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
