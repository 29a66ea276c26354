//! (text: skeleton, to be written.)
