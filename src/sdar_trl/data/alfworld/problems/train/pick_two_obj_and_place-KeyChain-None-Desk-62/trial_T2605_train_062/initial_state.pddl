(define (problem plan_trial_T2605_train_062)
(:domain alfred)
(:objects
agent1 - agent
BedType - rtype
DeskType - rtype
DrawerType - rtype
DresserType - rtype
GarbageCanType - rtype
ShelfType - rtype
SideTableType - rtype
AlarmClockType - otype
BowlType - otype
KeyChainType - otype
MugType - otype
RemoteControlType - otype
StatueType - otype
WatchType - otype
KeyChain_bar__plus_01_dot_78_bar__minus_01_dot_19_bar__minus_00_dot_78 - object
KeyChain_bar__plus_02_dot_01_bar__minus_00_dot_87_bar__plus_02_dot_54 - object
AlarmClock_bar__plus_00_dot_77_bar__plus_00_dot_36_bar__plus_00_dot_10 - object
Statue_bar__plus_01_dot_35_bar__minus_02_dot_93_bar__minus_02_dot_06 - object
Bowl_bar__minus_01_dot_58_bar__minus_02_dot_50_bar__plus_02_dot_11 - object
RemoteControl_bar__minus_01_dot_64_bar__plus_00_dot_11_bar__minus_00_dot_16 - object
Watch_bar__minus_00_dot_18_bar__plus_02_dot_22_bar__plus_02_dot_53 - object
Mug_bar__minus_02_dot_26_bar__minus_00_dot_66_bar__plus_01_dot_46 - object
Drawer_bar__plus_02_dot_07_bar__plus_02_dot_59_bar__minus_01_dot_58 - receptacle
GarbageCan_bar__plus_00_dot_28_bar__plus_02_dot_22_bar__minus_02_dot_72 - receptacle
Shelf_bar__minus_02_dot_60_bar__plus_01_dot_35_bar__minus_02_dot_25 - receptacle
Shelf_bar__minus_00_dot_60_bar__minus_01_dot_67_bar__minus_01_dot_88 - receptacle
Desk_bar__plus_00_dot_33_bar__minus_00_dot_67_bar__plus_02_dot_05 - receptacle
Drawer_bar__minus_01_dot_21_bar__minus_02_dot_40_bar__plus_01_dot_42 - receptacle
SideTable_bar__minus_02_dot_07_bar__minus_01_dot_12_bar__minus_00_dot_62 - receptacle
SideTable_bar__minus_01_dot_55_bar__minus_01_dot_60_bar__minus_00_dot_16 - receptacle
Bed_bar__minus_01_dot_07_bar__minus_01_dot_35_bar__plus_02_dot_09 - receptacle
Dresser_bar__plus_02_dot_07_bar__minus_01_dot_63_bar__plus_01_dot_92 - receptacle
loc_bar_11_bar_12_bar_0_bar_0 - location
loc_bar_1_bar__minus_4_bar_1_bar_0 - location
loc_bar_4_bar_6_bar_2_bar_60 - location
loc_bar_8_bar__minus_9_bar_3_bar_60 - location
loc_bar__minus_4_bar_0_bar_2_bar_0 - location
loc_bar__minus_5_bar__minus_6_bar_3_bar_0 - location
loc_bar__minus_6_bar_7_bar_0_bar_0 - location
loc_bar__minus_6_bar__minus_1_bar_1_bar_0 - location
loc_bar__minus_7_bar__minus_7_bar_1_bar__minus_30 - location
loc_bar__minus_9_bar_1_bar_0_bar_0 - location
loc_bar__minus_9_bar_6_bar_1_bar__minus_30 - location
)
(:init
(atLocation agent1 loc_bar_11_bar_12_bar_0_bar_0)
(receptacleType Drawer_bar__plus_02_dot_07_bar__plus_02_dot_59_bar__minus_01_dot_58 DrawerType)
(receptacleAtLocation Drawer_bar__plus_02_dot_07_bar__plus_02_dot_59_bar__minus_01_dot_58 loc_bar__minus_5_bar__minus_6_bar_3_bar_0)
(openable Drawer_bar__plus_02_dot_07_bar__plus_02_dot_59_bar__minus_01_dot_58)
(receptacleType GarbageCan_bar__plus_00_dot_28_bar__plus_02_dot_22_bar__minus_02_dot_72 GarbageCanType)
(receptacleAtLocation GarbageCan_bar__plus_00_dot_28_bar__plus_02_dot_22_bar__minus_02_dot_72 loc_bar__minus_6_bar__minus_1_bar_1_bar_0)
(receptacleType Shelf_bar__minus_02_dot_60_bar__plus_01_dot_35_bar__minus_02_dot_25 ShelfType)
(receptacleAtLocation Shelf_bar__minus_02_dot_60_bar__plus_01_dot_35_bar__minus_02_dot_25 loc_bar_1_bar__minus_4_bar_1_bar_0)
(receptacleType Shelf_bar__minus_00_dot_60_bar__minus_01_dot_67_bar__minus_01_dot_88 ShelfType)
(receptacleAtLocation Shelf_bar__minus_00_dot_60_bar__minus_01_dot_67_bar__minus_01_dot_88 loc_bar__minus_9_bar_6_bar_1_bar__minus_30)
(receptacleType Desk_bar__plus_00_dot_33_bar__minus_00_dot_67_bar__plus_02_dot_05 DeskType)
(receptacleAtLocation Desk_bar__plus_00_dot_33_bar__minus_00_dot_67_bar__plus_02_dot_05 loc_bar__minus_7_bar__minus_7_bar_1_bar__minus_30)
(receptacleType Drawer_bar__minus_01_dot_21_bar__minus_02_dot_40_bar__plus_01_dot_42 DrawerType)
(receptacleAtLocation Drawer_bar__minus_01_dot_21_bar__minus_02_dot_40_bar__plus_01_dot_42 loc_bar_8_bar__minus_9_bar_3_bar_60)
(openable Drawer_bar__minus_01_dot_21_bar__minus_02_dot_40_bar__plus_01_dot_42)
(receptacleType SideTable_bar__minus_02_dot_07_bar__minus_01_dot_12_bar__minus_00_dot_62 SideTableType)
(receptacleAtLocation SideTable_bar__minus_02_dot_07_bar__minus_01_dot_12_bar__minus_00_dot_62 loc_bar_4_bar_6_bar_2_bar_60)
(receptacleType SideTable_bar__minus_01_dot_55_bar__minus_01_dot_60_bar__minus_00_dot_16 SideTableType)
(receptacleAtLocation SideTable_bar__minus_01_dot_55_bar__minus_01_dot_60_bar__minus_00_dot_16 loc_bar__minus_4_bar_0_bar_2_bar_0)
(receptacleType Bed_bar__minus_01_dot_07_bar__minus_01_dot_35_bar__plus_02_dot_09 BedType)
(receptacleAtLocation Bed_bar__minus_01_dot_07_bar__minus_01_dot_35_bar__plus_02_dot_09 loc_bar__minus_6_bar_7_bar_0_bar_0)
(receptacleType Dresser_bar__plus_02_dot_07_bar__minus_01_dot_63_bar__plus_01_dot_92 DresserType)
(receptacleAtLocation Dresser_bar__plus_02_dot_07_bar__minus_01_dot_63_bar__plus_01_dot_92 loc_bar__minus_9_bar_1_bar_0_bar_0)
(canContain DeskType AlarmClockType)
(canContain DeskType BowlType)
(canContain DeskType KeyChainType)
(canContain DeskType MugType)
(canContain DeskType RemoteControlType)
(canContain DeskType StatueType)
(canContain DeskType WatchType)
(canContain DrawerType KeyChainType)
(canContain DrawerType RemoteControlType)
(canContain DrawerType WatchType)
(canContain DresserType AlarmClockType)
(canContain DresserType BowlType)
(canContain DresserType KeyChainType)
(canContain DresserType MugType)
(canContain DresserType RemoteControlType)
(canContain DresserType StatueType)
(canContain DresserType WatchType)
(canContain ShelfType AlarmClockType)
(canContain ShelfType BowlType)
(canContain ShelfType KeyChainType)
(canContain ShelfType MugType)
(canContain ShelfType RemoteControlType)
(canContain ShelfType StatueType)
(canContain ShelfType WatchType)
(canContain SideTableType AlarmClockType)
(canContain SideTableType BowlType)
(canContain SideTableType KeyChainType)
(canContain SideTableType MugType)
(canContain SideTableType RemoteControlType)
(canContain SideTableType StatueType)
(canContain SideTableType WatchType)
(objectType KeyChain_bar__plus_01_dot_78_bar__minus_01_dot_19_bar__minus_00_dot_78 KeyChainType)
(inReceptacle KeyChain_bar__plus_01_dot_78_bar__minus_01_dot_19_bar__minus_00_dot_78 Dresser_bar__plus_02_dot_07_bar__minus_01_dot_63_bar__plus_01_dot_92)
(objectAtLocation KeyChain_bar__plus_01_dot_78_bar__minus_01_dot_19_bar__minus_00_dot_78 loc_bar__minus_9_bar_1_bar_0_bar_0)
(pickupable KeyChain_bar__plus_01_dot_78_bar__minus_01_dot_19_bar__minus_00_dot_78)
(objectType KeyChain_bar__plus_02_dot_01_bar__minus_00_dot_87_bar__plus_02_dot_54 KeyChainType)
(inReceptacle KeyChain_bar__plus_02_dot_01_bar__minus_00_dot_87_bar__plus_02_dot_54 Dresser_bar__plus_02_dot_07_bar__minus_01_dot_63_bar__plus_01_dot_92)
(objectAtLocation KeyChain_bar__plus_02_dot_01_bar__minus_00_dot_87_bar__plus_02_dot_54 loc_bar__minus_9_bar_1_bar_0_bar_0)
(pickupable KeyChain_bar__plus_02_dot_01_bar__minus_00_dot_87_bar__plus_02_dot_54)
(objectType AlarmClock_bar__plus_00_dot_77_bar__plus_00_dot_36_bar__plus_00_dot_10 AlarmClockType)
(inReceptacle AlarmClock_bar__plus_00_dot_77_bar__plus_00_dot_36_bar__plus_00_dot_10 Desk_bar__plus_00_dot_33_bar__minus_00_dot_67_bar__plus_02_dot_05)
(objectAtLocation AlarmClock_bar__plus_00_dot_77_bar__plus_00_dot_36_bar__plus_00_dot_10 loc_bar__minus_7_bar__minus_7_bar_1_bar__minus_30)
(pickupable AlarmClock_bar__plus_00_dot_77_bar__plus_00_dot_36_bar__plus_00_dot_10)
(objectType Statue_bar__plus_01_dot_35_bar__minus_02_dot_93_bar__minus_02_dot_06 StatueType)
(inReceptacle Statue_bar__plus_01_dot_35_bar__minus_02_dot_93_bar__minus_02_dot_06 SideTable_bar__minus_02_dot_07_bar__minus_01_dot_12_bar__minus_00_dot_62)
(objectAtLocation Statue_bar__plus_01_dot_35_bar__minus_02_dot_93_bar__minus_02_dot_06 loc_bar_4_bar_6_bar_2_bar_60)
(pickupable Statue_bar__plus_01_dot_35_bar__minus_02_dot_93_bar__minus_02_dot_06)
(objectType Bowl_bar__minus_01_dot_58_bar__minus_02_dot_50_bar__plus_02_dot_11 BowlType)
(inReceptacle Bowl_bar__minus_01_dot_58_bar__minus_02_dot_50_bar__plus_02_dot_11 Shelf_bar__minus_02_dot_60_bar__plus_01_dot_35_bar__minus_02_dot_25)
(objectAtLocation Bowl_bar__minus_01_dot_58_bar__minus_02_dot_50_bar__plus_02_dot_11 loc_bar_1_bar__minus_4_bar_1_bar_0)
(pickupable Bowl_bar__minus_01_dot_58_bar__minus_02_dot_50_bar__plus_02_dot_11)
(coolable Bowl_bar__minus_01_dot_58_bar__minus_02_dot_50_bar__plus_02_dot_11)
(cleanable Bowl_bar__minus_01_dot_58_bar__minus_02_dot_50_bar__plus_02_dot_11)
(isReceptacleObject Bowl_bar__minus_01_dot_58_bar__minus_02_dot_50_bar__plus_02_dot_11)
(objectType RemoteControl_bar__minus_01_dot_64_bar__plus_00_dot_11_bar__minus_00_dot_16 RemoteControlType)
(inReceptacle RemoteControl_bar__minus_01_dot_64_bar__plus_00_dot_11_bar__minus_00_dot_16 Drawer_bar__plus_02_dot_07_bar__plus_02_dot_59_bar__minus_01_dot_58)
(objectAtLocation RemoteControl_bar__minus_01_dot_64_bar__plus_00_dot_11_bar__minus_00_dot_16 loc_bar__minus_5_bar__minus_6_bar_3_bar_0)
(pickupable RemoteControl_bar__minus_01_dot_64_bar__plus_00_dot_11_bar__minus_00_dot_16)
(objectType Watch_bar__minus_00_dot_18_bar__plus_02_dot_22_bar__plus_02_dot_53 WatchType)
(inReceptacle Watch_bar__minus_00_dot_18_bar__plus_02_dot_22_bar__plus_02_dot_53 Dresser_bar__plus_02_dot_07_bar__minus_01_dot_63_bar__plus_01_dot_92)
(objectAtLocation Watch_bar__minus_00_dot_18_bar__plus_02_dot_22_bar__plus_02_dot_53 loc_bar__minus_9_bar_1_bar_0_bar_0)
(pickupable Watch_bar__minus_00_dot_18_bar__plus_02_dot_22_bar__plus_02_dot_53)
(objectType Mug_bar__minus_02_dot_26_bar__minus_00_dot_66_bar__plus_01_dot_46 MugType)
(inReceptacle Mug_bar__minus_02_dot_26_bar__minus_00_dot_66_bar__plus_01_dot_46 SideTable_bar__minus_01_dot_55_bar__minus_01_dot_60_bar__minus_00_dot_16)
(objectAtLocation Mug_bar__minus_02_dot_26_bar__minus_00_dot_66_bar__plus_01_dot_46 loc_bar__minus_4_bar_0_bar_2_bar_0)
(pickupable Mug_bar__minus_02_dot_26_bar__minus_00_dot_66_bar__plus_01_dot_46)
(heatable Mug_bar__minus_02_dot_26_bar__minus_00_dot_66_bar__plus_01_dot_46)
(coolable Mug_bar__minus_02_dot_26_bar__minus_00_dot_66_bar__plus_01_dot_46)
(cleanable Mug_bar__minus_02_dot_26_bar__minus_00_dot_66_bar__plus_01_dot_46)
(isReceptacleObject Mug_bar__minus_02_dot_26_bar__minus_00_dot_66_bar__plus_01_dot_46)
)
(:goal
                    (and
                        (exists (?r - receptacle)
                            (exists (?o1 - object)
                                (and
                                    (objectType ?o1 KeyChainType)
                                    (receptacleType ?r DeskType)
                                    (inReceptacle ?o1 ?r)
                                    (exists (?o2 - object)
                                        (and
                                            (not (= ?o1 ?o2))
                                            (objectType ?o2 KeyChainType)
                                            (receptacleType ?r DeskType)
                                            (inReceptacle ?o2 ?r)
                                        )
                                    )
                                )
                            )
                        )
                    )
                )
            )
