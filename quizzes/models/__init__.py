from .h5p import H5PLibrary, H5PPackage, H5PResult, H5PUserData

__all__ = ["H5PLibrary", "H5PPackage", "H5PResult", "H5PUserData"]
