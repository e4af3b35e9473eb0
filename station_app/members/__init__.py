"""Member intake (会员入会): communities, units, members."""
