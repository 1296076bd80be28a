package dev.scoop.cluster;

import com.hazelcast.collection.IQueue;
import com.hazelcast.map.IMap;

/**
 * Handles on the cluster's job structures (names and bounds in {@link ClusterSetup}); results
 * are keyed by {@code ScrapeTask.id()}.
 */
record ClusterJobs(IMap<String, JobRecord> jobs, IMap<String, String[]> urls, IMap<String, String> results,
                   IQueue<String> work) {

  static ClusterJobs of(ClusterNode node) {
    return new ClusterJobs(node.hazelcast().getMap(ClusterSetup.JOBS), node.hazelcast().getMap(ClusterSetup.JOB_URLS),
        node.hazelcast().getMap(ClusterSetup.RESULTS), node.hazelcast().getQueue(ClusterSetup.WORK));
  }
}
