from setuptools import find_packages, setup

setup(
    name="acme",
    version="0.9.2",
    packages=find_packages(),
)
