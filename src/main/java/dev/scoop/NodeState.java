package dev.scoop;

/**
 * What a node tells the world about itself beyond its verticles: whether it is draining (on
 * its way out: not ready, taking no new submissions). Shared by the node's verticles.
 */
public final class NodeState {
  private volatile boolean draining;

  public boolean draining() {
    return draining;
  }

  public void startDraining() {
    draining = true;
  }
}
