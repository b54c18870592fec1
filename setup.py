"""Maps the top-level folders onto the effx package.

`harness/` is `effx`; `languages/`, `tasks/`, `repos/` and `reports/` are `effx.languages`, ... Every
folder below them holding an `__init__.py` is a subpackage; every other file under them ships as
package data (driver templates, task data, the launcher's C source), so adding a language or a task
never means editing this file.
"""

from pathlib import Path

from setuptools import setup

ROOTS = {"effx": "harness", "effx.languages": "languages", "effx.tasks": "tasks",
         "effx.repos": "repos", "effx.reports": "reports"}


def _walk():
    packages, package_dir, package_data = [], {}, {}
    for name, folder in ROOTS.items():
        package_dir[name] = folder
        for init in sorted(Path(folder).rglob("__init__.py")):
            rel = init.parent.relative_to(folder)
            if "__pycache__" in rel.parts:
                continue
            pkg = ".".join([name, *rel.parts]) if rel.parts else name
            packages.append(pkg)
        package_data[name] = ["**/*"]
    return packages, package_dir, package_data


packages, package_dir, package_data = _walk()
setup(packages=packages, package_dir=package_dir, package_data=package_data,
      include_package_data=True, exclude_package_data={"": ["__pycache__/*", "*.pyc"]})
